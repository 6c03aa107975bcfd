import type { Application } from '../api/types';
import { HealthBadge, SyncBadge } from '../components/Badges';
import { VirtualList } from '../components/VirtualList';
import { hrefOf } from '../router';
import { destinationOf, healthOf, projectOf, shortRevision, sourceOf, syncOf } from './appFields';

const ROW_HEIGHT = 40;
const COLUMNS = ['Name', 'Project', 'Health', 'Sync', 'Repository', 'Target', 'Destination'];

/** Applications as a windowed table (ARIA table roles, header outside the scrolling body). */
export function AppTable({ apps, height }: { apps: Application[]; height: number }) {
  return (
    <div className="app-table" role="table" aria-label="Applications" aria-rowcount={apps.length + 1}>
      <div role="rowgroup">
        <div role="row" className="table-row table-head" aria-rowindex={1}>
          {COLUMNS.map((c) => (
            <span role="columnheader" key={c}>
              {c}
            </span>
          ))}
        </div>
      </div>
      <VirtualList
        label="Application rows"
        role="rowgroup"
        count={apps.length}
        rowHeight={ROW_HEIGHT}
        height={height - ROW_HEIGHT}
        renderRow={(i) => {
          const app = apps[i];
          const source = sourceOf(app);
          return (
            <div role="row" className="table-row" aria-rowindex={i + 2}>
              <span role="cell">
                <a href={hrefOf({ page: 'application', name: app.metadata.name })}>{app.metadata.name}</a>
              </span>
              <span role="cell">{projectOf(app)}</span>
              <span role="cell">
                <HealthBadge status={healthOf(app)} message={app.status?.health?.message} />
              </span>
              <span role="cell">
                <SyncBadge status={syncOf(app)} />
              </span>
              <span role="cell" title={source?.repoURL}>
                {source?.repoURL}
              </span>
              <span role="cell">
                {source?.targetRevision || 'HEAD'} {shortRevision(app.status?.sync?.revision)}
              </span>
              <span role="cell">{destinationOf(app)}</span>
            </div>
          );
        }}
      />
    </div>
  );
}
