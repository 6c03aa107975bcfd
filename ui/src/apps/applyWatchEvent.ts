import type { Application, ApplicationWatchEvent } from '../api/types';

/** The app list after one stream event: replaces, adds (kept sorted by name) or removes. */
export function applyWatchEvent(apps: readonly Application[], event: ApplicationWatchEvent): Application[] {
  const name = event.application.metadata.name;
  const rest = apps.filter((app) => app.metadata.name !== name);
  if (event.type === 'DELETED') return rest;
  const index = apps.findIndex((app) => app.metadata.name === name);
  if (index >= 0) {
    const next = apps.slice();
    next[index] = event.application;
    return next;
  }
  const insertAt = rest.findIndex((app) => app.metadata.name.localeCompare(name) > 0);
  const next = rest.slice();
  next.splice(insertAt < 0 ? next.length : insertAt, 0, event.application);
  return next;
}
