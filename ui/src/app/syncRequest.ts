import type { Application, SyncRequest } from '../api/types';
import { resourceKey } from './resourceKey';

/** The apply options of the sync dialog: label shown → the sync option it sends. */
export const SYNC_OPTIONS: Array<[string, string]> = [
  ['Skip schema validation', 'Validate=false'],
  ['Auto-create namespace', 'CreateNamespace=true'],
  ['Prune last', 'PruneLast=true'],
  ['Apply out of sync only', 'ApplyOutOfSyncOnly=true'],
  ['Respect ignore differences', 'RespectIgnoreDifferences=true'],
  ['Server-side apply', 'ServerSideApply=true'],
  ['Replace', 'Replace=true'],
];

export interface SyncChoices {
  revision: string;
  prune: boolean;
  dryRun: boolean;
  force: boolean;
  options: ReadonlySet<string>;
  /** Keys (resourceKey) of the resources to sync. */
  resources: ReadonlySet<string>;
}

/** The non-hook resources a sync can target. */
export function syncableResources(app: Application) {
  return (app.status?.resources ?? []).filter((r) => !r.hook);
}

/**
 * The request body: `resources` only when a subset is chosen (none means "all", as in Argo CD),
 * `strategy.apply.force` only when forcing.
 */
export function buildSyncRequest(app: Application, choices: SyncChoices): SyncRequest {
  const all = syncableResources(app);
  const chosen = all.filter((r) => choices.resources.has(resourceKey(r)));
  const request: SyncRequest = { prune: choices.prune, dryRun: choices.dryRun };
  if (choices.revision.trim()) request.revision = choices.revision.trim();
  if (chosen.length < all.length) {
    request.resources = chosen.map((r) => ({
      group: r.group ?? '',
      kind: r.kind,
      name: r.name,
      namespace: r.namespace ?? '',
    }));
  }
  if (choices.force) request.strategy = { apply: { force: true } };
  if (choices.options.size > 0) request.syncOptions = { items: [...choices.options] };
  return request;
}
