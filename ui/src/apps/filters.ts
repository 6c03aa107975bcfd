import type { Application, HealthStatusCode, SyncStatusCode } from '../api/types';
import { healthOf, projectOf, sourceOf, syncOf } from './appFields';

/** What the applications page shows: an empty set means "any". */
export interface AppFilter {
  projects: ReadonlySet<string>;
  sync: ReadonlySet<SyncStatusCode>;
  health: ReadonlySet<HealthStatusCode>;
  /** Label selectors: `key=value`, `key!=value` or `key` (present). All must hold. */
  labels: readonly string[];
  text: string;
}

export const NO_FILTER: AppFilter = {
  projects: new Set(),
  sync: new Set(),
  health: new Set(),
  labels: [],
  text: '',
};

type Facet = 'projects' | 'sync' | 'health';

export function parseLabels(input: string): string[] {
  return input
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function labelMatches(app: Application, selector: string): boolean {
  const labels = app.metadata.labels ?? {};
  const notEq = selector.indexOf('!=');
  if (notEq > 0) {
    return labels[selector.slice(0, notEq).trim()] !== selector.slice(notEq + 2).trim();
  }
  const eq = selector.indexOf('=');
  if (eq > 0) {
    return labels[selector.slice(0, eq).trim()] === selector.slice(eq + 1).trim();
  }
  return selector in labels;
}

function textMatches(app: Application, text: string): boolean {
  const needle = text.trim().toLowerCase();
  if (!needle) return true;
  const source = sourceOf(app);
  return [app.metadata.name, app.spec.destination.namespace, source?.repoURL, source?.path]
    .filter(Boolean)
    .some((field) => field!.toLowerCase().includes(needle));
}

function matches(app: Application, filter: AppFilter, except?: Facet): boolean {
  return (
    (except === 'projects' || filter.projects.size === 0 || filter.projects.has(projectOf(app))) &&
    (except === 'sync' || filter.sync.size === 0 || filter.sync.has(syncOf(app))) &&
    (except === 'health' || filter.health.size === 0 || filter.health.has(healthOf(app))) &&
    filter.labels.every((selector) => labelMatches(app, selector)) &&
    textMatches(app, filter.text)
  );
}

export function filterApplications(apps: readonly Application[], filter: AppFilter): Application[] {
  return apps.filter((app) => matches(app, filter));
}

export interface FacetCounts {
  projects: Map<string, number>;
  sync: Map<SyncStatusCode, number>;
  health: Map<HealthStatusCode, number>;
}

/**
 * For each facet, how many apps each value would show given every *other* active filter, so a
 * count tells what ticking that box yields.
 */
export function facetCounts(apps: readonly Application[], filter: AppFilter): FacetCounts {
  const counts: FacetCounts = { projects: new Map(), sync: new Map(), health: new Map() };
  const bump = <K,>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const app of apps) {
    if (matches(app, filter, 'projects')) bump(counts.projects, projectOf(app));
    if (matches(app, filter, 'sync')) bump(counts.sync, syncOf(app));
    if (matches(app, filter, 'health')) bump(counts.health, healthOf(app));
  }
  return counts;
}

export function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}
