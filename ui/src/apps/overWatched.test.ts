import { describe, expect, it } from 'vitest';
import type { Application, ApplicationWatchEvent } from '../api/types';
import { overWatched } from './overWatched';

const app = (name: string, health: string) =>
  ({ metadata: { name }, spec: {}, status: { health: { status: health } } }) as unknown as Application;

describe('overWatched', () => {
  it('lays the latest streamed state of each app over an older listed one, and removes deleted apps', () => {
    const latest = new Map<string, ApplicationWatchEvent>([
      ['web', { type: 'MODIFIED', application: app('web', 'Healthy') }],
      ['old', { type: 'DELETED', application: app('old', 'Healthy') }],
      ['new', { type: 'ADDED', application: app('new', 'Progressing') }],
    ]);

    const shown = overWatched([app('api', 'Healthy'), app('old', 'Healthy'), app('web', 'Progressing')], latest);

    expect(shown.map((a) => `${a.metadata.name} ${a.status?.health?.status}`)).toEqual([
      'api Healthy',
      'new Progressing',
      'web Healthy',
    ]);
  });
});
