import type { Application, ApplicationWatchEvent } from '../api/types';
import { applyWatchEvent } from './applyWatchEvent';

/**
 * A listed page of applications with the stream's latest event for each app laid over it. The
 * list and the stream start together and the list can answer with older states than events the
 * stream already delivered (or deliver while the list is on its way); without this, a page that
 * lands after an event puts the older state back and the app looks stuck until it changes again.
 * Later events still replace what this gives, so the view ends on the newest state either way.
 */
export function overWatched(
  listed: readonly Application[],
  latest: ReadonlyMap<string, ApplicationWatchEvent>,
): Application[] {
  let apps = [...listed];
  for (const event of latest.values()) apps = applyWatchEvent(apps, event);
  return apps;
}
