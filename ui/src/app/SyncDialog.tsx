import { useState, type FormEvent } from 'react';
import type { ApiClient } from '../api/ApiClient';
import type { Application } from '../api/types';
import { toggled } from '../apps/filters';
import { Modal } from '../components/Modal';
import { sourceOf } from '../apps/appFields';
import { resourceKey } from './resourceKey';
import { buildSyncRequest, SYNC_OPTIONS, syncableResources } from './syncRequest';

interface Props {
  api: ApiClient;
  app: Application;
  onClose: () => void;
  onStarted: (app: Application) => void;
}

/** Sync with prune, dry run, force, apply options and a chosen subset of resources. */
export function SyncDialog({ api, app, onClose, onStarted }: Props) {
  const resources = syncableResources(app);
  const [revision, setRevision] = useState(sourceOf(app)?.targetRevision ?? 'HEAD');
  const [prune, setPrune] = useState(false);
  const [dryRun, setDryRun] = useState(false);
  const [force, setForce] = useState(false);
  const [options, setOptions] = useState<Set<string>>(() => new Set(app.spec.syncPolicy?.syncOptions ?? []));
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(resources.map(resourceKey)));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const request = buildSyncRequest(app, { revision, prune, dryRun, force, options, resources: chosen });
      onStarted(await api.sync(app.metadata.name, request));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const allChosen = chosen.size === resources.length;
  return (
    <Modal titleId="sync-title" onClose={onClose} onSubmit={submit}>
      <h2 id="sync-title">Sync {app.metadata.name}</h2>
      <label htmlFor="sync-revision">Revision</label>
      <input id="sync-revision" value={revision} onChange={(e) => setRevision(e.target.value)} />
      <fieldset>
        <legend>Options</legend>
        <label>
          <input type="checkbox" checked={prune} onChange={() => setPrune(!prune)} /> Prune
        </label>
        <label>
          <input type="checkbox" checked={dryRun} onChange={() => setDryRun(!dryRun)} /> Dry run
        </label>
        <label>
          <input type="checkbox" checked={force} onChange={() => setForce(!force)} /> Force
        </label>
      </fieldset>
      <fieldset>
        <legend>Apply options</legend>
        {SYNC_OPTIONS.map(([label, option]) => (
          <label key={option}>
            <input
              type="checkbox"
              checked={options.has(option)}
              onChange={() => setOptions(toggled(options, option))}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset className="sync-resources">
        <legend>Resources ({chosen.size} of {resources.length})</legend>
        <label>
          <input
            type="checkbox"
            checked={allChosen}
            onChange={() => setChosen(allChosen ? new Set() : new Set(resources.map(resourceKey)))}
          />{' '}
          All
        </label>
        {resources.map((r) => {
          const key = resourceKey(r);
          return (
            <label key={key}>
              <input type="checkbox" checked={chosen.has(key)} onChange={() => setChosen(toggled(chosen, key))} />{' '}
              {r.kind}/{r.name}
              {r.status === 'OutOfSync' && <span className="badge sync-OutOfSync">OutOfSync</span>}
            </label>
          );
        })}
      </fieldset>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={busy || chosen.size === 0}>
          {busy ? 'Starting…' : dryRun ? 'Dry run' : 'Synchronize'}
        </button>
      </div>
    </Modal>
  );
}
