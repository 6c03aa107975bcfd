import { HEALTH_CODES, SYNC_CODES } from './appFields';
import { parseLabels, toggled, type AppFilter, type FacetCounts } from './filters';

interface Props {
  filter: AppFilter;
  counts: FacetCounts;
  onChange: (filter: AppFilter) => void;
}

function Facet<T extends string>({
  legend,
  values,
  selected,
  counts,
  onToggle,
}: {
  legend: string;
  values: T[];
  selected: ReadonlySet<T>;
  counts: Map<T, number>;
  onToggle: (value: T) => void;
}) {
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value} className="facet-option">
          <input type="checkbox" checked={selected.has(value)} onChange={() => onToggle(value)} />
          <span>{value}</span>
          <span className="count" aria-label={`${counts.get(value) ?? 0} applications`}>
            {counts.get(value) ?? 0}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** The filter sidebar: free text, labels, and project/sync/health with counts. */
export function AppFilters({ filter, counts, onChange }: Props) {
  const projects = [...counts.projects.keys(), ...filter.projects]
    .filter((p, i, all) => all.indexOf(p) === i)
    .sort();
  return (
    <aside className="filters" aria-label="Filters">
      <label htmlFor="filter-text">Search</label>
      <input
        id="filter-text"
        type="search"
        placeholder="name, namespace, repository"
        value={filter.text}
        onChange={(e) => onChange({ ...filter, text: e.target.value })}
      />
      <label htmlFor="filter-labels">Labels</label>
      <input
        id="filter-labels"
        placeholder="team=web, tier"
        defaultValue={filter.labels.join(', ')}
        onChange={(e) => onChange({ ...filter, labels: parseLabels(e.target.value) })}
      />
      <Facet
        legend="Sync status"
        values={SYNC_CODES}
        selected={filter.sync}
        counts={counts.sync}
        onToggle={(v) => onChange({ ...filter, sync: toggled(filter.sync, v) })}
      />
      <Facet
        legend="Health status"
        values={HEALTH_CODES}
        selected={filter.health}
        counts={counts.health}
        onToggle={(v) => onChange({ ...filter, health: toggled(filter.health, v) })}
      />
      <Facet
        legend="Projects"
        values={projects}
        selected={filter.projects}
        counts={counts.projects}
        onToggle={(v) => onChange({ ...filter, projects: toggled(filter.projects, v) })}
      />
    </aside>
  );
}
