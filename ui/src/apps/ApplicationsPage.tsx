import { useEffect, useMemo, useState } from 'react';
import type { ApiClient } from '../api/ApiClient';
import type { Application, ApplicationWatchEvent } from '../api/types';
import { focusThen } from '../components/Modal';
import { CreateApplicationDialog } from '../appform/CreateApplicationDialog';
import { navigate } from '../router';
import { AppFilters } from './AppFilters';
import { AppTable } from './AppTable';
import { AppTiles } from './AppTiles';
import { applyWatchEvent } from './applyWatchEvent';
import { overWatched } from './overWatched';
import { facetCounts, filterApplications, NO_FILTER, type AppFilter } from './filters';

type View = 'tiles' | 'table';
const VIEW_KEY = 'mooring.appsView';
/** The list fills the window below the header and toolbar (at least 400 px). */
const listHeight = () => Math.max(400, (window.innerHeight || 800) - 170);

/** All applications at a glance: filters with counts, tiles or table, kept live by the stream. */
export function ApplicationsPage({ api }: { api: ApiClient }) {
  const [apps, setApps] = useState<Application[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [streamNote, setStreamNote] = useState<string | null>(null);
  const [filter, setFilter] = useState<AppFilter>(NO_FILTER);
  const [creating, setCreating] = useState(false);
  const [view, setView] = useState<View>(() =>
    window.localStorage.getItem(VIEW_KEY) === 'table' ? 'table' : 'tiles',
  );

  useEffect(() => {
    let live = true;
    // the stream's latest event per app, laid over each listed page (see overWatched)
    const latest = new Map<string, ApplicationWatchEvent>();
    // each list is a generation: only the newest one's pages land
    let generation = 0;
    const load = () => {
      const mine = ++generation;
      const current = () => live && mine === generation;
      const listed = (page: Application[]) => current() && setApps(overWatched(page, latest));
      api
        .listApplications(listed)
        .then(listed)
        .catch((e: Error) => current() && setError(e.message));
    };
    load();
    const close = api.watchApplications(
      (event) => {
        setStreamNote(null);
        latest.set(event.application.metadata.name, event);
        setApps((current) => (current ? applyWatchEvent(current, event) : current));
      },
      {
        onError: (message) => setStreamNote(message),
        // after a break the stream never tells of apps deleted meanwhile: list again, laying over
        // it only what the reopened stream says
        onReopen: () => {
          latest.clear();
          load();
        },
      },
    );
    return () => {
      live = false;
      close();
    };
  }, [api]);

  const shown = useMemo(() => filterApplications(apps ?? [], filter), [apps, filter]);
  const counts = useMemo(() => facetCounts(apps ?? [], filter), [apps, filter]);

  function choose(next: View) {
    window.localStorage.setItem(VIEW_KEY, next);
    setView(next);
  }

  return (
    <div className="apps-page">
      <AppFilters filter={filter} counts={counts} onChange={setFilter} />
      <section className="apps-main" aria-labelledby="apps-title">
        <header className="toolbar">
          <h1 id="apps-title">Applications</h1>
          <p className="muted" aria-live="polite">
            {apps === null ? 'Loading…' : `${shown.length} of ${apps.length} applications`}
          </p>
          <div role="group" aria-label="View" className="segmented">
            <button type="button" aria-pressed={view === 'tiles'} onClick={() => choose('tiles')}>
              Tiles
            </button>
            <button type="button" aria-pressed={view === 'table'} onClick={() => choose('table')}>
              Table
            </button>
          </div>
          <button type="button" className="button primary" onClick={focusThen(() => setCreating(true))}>
            New application
          </button>
        </header>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {streamNote && <p className="muted">{streamNote}</p>}
        {apps !== null &&
          (view === 'tiles' ? (
            <AppTiles apps={shown} height={listHeight()} />
          ) : (
            <AppTable apps={shown} height={listHeight()} />
          ))}
      </section>
      {creating && (
        <CreateApplicationDialog
          api={api}
          onClose={() => setCreating(false)}
          onCreated={(created) => navigate({ page: 'application', name: created.metadata.name })}
        />
      )}
    </div>
  );
}
