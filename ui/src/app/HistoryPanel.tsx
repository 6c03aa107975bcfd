import { useState } from 'react';
import type { ApiClient } from '../api/ApiClient';
import type { Application } from '../api/types';
import { shortRevision } from '../apps/appFields';

/**
 * Deployment history, newest first, each entry with a Rollback action (confirmed first).
 * Like Argo CD, rollback is refused while automated sync is on, so the button says why.
 */
export function HistoryPanel({ api, app, onChanged }: { api: ApiClient; app: Application; onChanged: (app: Application) => void }) {
  const [confirming, setConfirming] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const history = [...(app.status?.history ?? [])].sort((a, b) => b.id - a.id);
  const automated = app.spec.syncPolicy?.automated !== undefined;
  const current = history[0]?.id;

  async function rollback(id: number) {
    setError(null);
    try {
      onChanged(await api.rollback(app.metadata.name, { id }));
      setConfirming(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  if (history.length === 0) return <p className="muted">No deployments yet.</p>;
  return (
    <>
      {automated && <p className="muted">Rollback is unavailable while automated sync is enabled.</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <table className="plain" aria-label="History">
        <thead>
          <tr>
            <th>ID</th>
            <th>Revision</th>
            <th>Deployed</th>
            <th>Source</th>
            <th>
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {history.map((entry) => (
            <tr key={entry.id}>
              <td>{entry.id}</td>
              <td title={entry.revision}>{shortRevision(entry.revision ?? entry.revisions?.[0])}</td>
              <td>{entry.deployedAt}</td>
              <td>
                {entry.source?.repoURL} {entry.source?.path}
              </td>
              <td>
                {entry.id === current ? (
                  <span className="muted">current</span>
                ) : confirming === entry.id ? (
                  <span className="actions">
                    <button type="button" className="button danger" onClick={() => rollback(entry.id)}>
                      Confirm rollback to {entry.id}
                    </button>
                    <button type="button" className="button" onClick={() => setConfirming(null)}>
                      Cancel
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    className="button"
                    disabled={automated}
                    onClick={() => setConfirming(entry.id)}
                    aria-label={`Roll back to deployment ${entry.id}`}
                  >
                    Rollback
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
