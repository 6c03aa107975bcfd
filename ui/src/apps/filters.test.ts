import { describe, expect, it } from 'vitest';
import type { Application } from '../api/types';
import fixture from '../test/fixtures/applications.json';
import { facetCounts, filterApplications, NO_FILTER, parseLabels } from './filters';
import { applyWatchEvent } from './applyWatchEvent';

const apps = fixture.items as Application[];
const names = (list: Application[]) => list.map((a) => a.metadata.name);

describe('filters', () => {
  it('keeps every app when nothing is filtered', () => {
    expect(names(filterApplications(apps, NO_FILTER))).toEqual(['guestbook', 'payments', 'ledger']);
  });

  it('combines project, sync and health filters', () => {
    const filter = { ...NO_FILTER, projects: new Set(['finance']), health: new Set(['Degraded' as const]) };
    expect(names(filterApplications(apps, filter))).toEqual(['payments']);
  });

  it('matches label selectors with =, != and presence', () => {
    expect(names(filterApplications(apps, { ...NO_FILTER, labels: parseLabels('team=billing') }))).toEqual(['payments', 'ledger']);
    expect(names(filterApplications(apps, { ...NO_FILTER, labels: parseLabels('team!=billing') }))).toEqual(['guestbook']);
    expect(names(filterApplications(apps, { ...NO_FILTER, labels: parseLabels('tier') }))).toEqual([]);
  });

  it('searches name, namespace and repository by free text, ignoring case', () => {
    expect(names(filterApplications(apps, { ...NO_FILTER, text: 'LEDGER.git' }))).toEqual(['ledger']);
  });

  it('counts each facet value under the other active filters', () => {
    const counts = facetCounts(apps, { ...NO_FILTER, projects: new Set(['finance']) });
    expect(counts.sync.get('OutOfSync')).toBe(2);
    expect(counts.sync.get('Synced')).toBeUndefined();
    // the project facet ignores its own selection, so other projects still show their counts
    expect(counts.projects.get('default')).toBe(1);
    expect(counts.projects.get('finance')).toBe(2);
  });
});

describe('applyWatchEvent', () => {
  it('replaces a modified app in place', () => {
    const modified = { ...apps[1], status: { sync: { status: 'Synced' as const }, health: { status: 'Healthy' as const } } };
    const next = applyWatchEvent(apps, { type: 'MODIFIED', application: modified });
    expect(next[1].status?.sync?.status).toBe('Synced');
    expect(next).toHaveLength(3);
  });

  it('inserts an added app in name order and removes a deleted one', () => {
    const added = { ...apps[0], metadata: { name: 'inventory' } };
    const sorted = [...apps].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
    expect(names(applyWatchEvent(sorted, { type: 'ADDED', application: added }))).toEqual([
      'guestbook', 'inventory', 'ledger', 'payments',
    ]);
    expect(names(applyWatchEvent(apps, { type: 'DELETED', application: apps[0] }))).toEqual(['payments', 'ledger']);
  });
});
