import type { Application, HealthStatusCode, SyncStatusCode } from '../api/types';

// Reading an Application's commonly shown fields, with Argo CD's defaults for absent ones.

export const SYNC_CODES: SyncStatusCode[] = ['Synced', 'OutOfSync', 'Unknown'];
export const HEALTH_CODES: HealthStatusCode[] = [
  'Healthy',
  'Progressing',
  'Degraded',
  'Suspended',
  'Missing',
  'Unknown',
];

export const projectOf = (app: Application) => app.spec.project || 'default';
export const syncOf = (app: Application): SyncStatusCode => app.status?.sync?.status ?? 'Unknown';
export const healthOf = (app: Application): HealthStatusCode =>
  app.status?.health?.status ?? 'Unknown';

export function sourceOf(app: Application) {
  return app.spec.source ?? app.spec.sources?.[0];
}

export function destinationOf(app: Application): string {
  const d = app.spec.destination;
  const cluster = d.name || d.server || '?';
  return d.namespace ? `${cluster} / ${d.namespace}` : cluster;
}

export const shortRevision = (revision?: string) =>
  revision ? (/^[0-9a-f]{40}$|^[0-9a-f]{12,}$/.test(revision) ? revision.slice(0, 7) : revision) : '';
