import { describe, expect, it } from 'vitest';
import type { Application } from '../api/types';
import app from '../test/fixtures/application-guestbook.json';
import { resourceKey } from './resourceKey';
import { buildSyncRequest, syncableResources } from './syncRequest';

const guestbook = app as Application;
const everything = new Set(syncableResources(guestbook).map(resourceKey));

describe('buildSyncRequest', () => {
  it('leaves hooks out of the resources a sync can choose', () => {
    expect(syncableResources(guestbook).map((r) => r.kind)).toEqual(['Service', 'Deployment', 'Secret']);
  });

  it('sends no resource list when every resource is chosen, meaning all', () => {
    const request = buildSyncRequest(guestbook, {
      revision: ' main ',
      prune: false,
      dryRun: false,
      force: false,
      options: new Set(),
      resources: everything,
    });
    expect(request).toEqual({ prune: false, dryRun: false, revision: 'main' });
  });

  it('asks for a forced apply through the apply strategy', () => {
    const request = buildSyncRequest(guestbook, {
      revision: '',
      prune: true,
      dryRun: false,
      force: true,
      options: new Set(['Replace=true']),
      resources: everything,
    });
    expect(request).toEqual({
      prune: true,
      dryRun: false,
      strategy: { apply: { force: true } },
      syncOptions: { items: ['Replace=true'] },
    });
  });
});
