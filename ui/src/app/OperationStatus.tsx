import type { OperationState } from '../api/types';

/**
 * The current or last sync operation: phase, message and each resource's result by sync phase;
 * the results are folded away once the operation has finished, so the tree stays in view.
 */
export function OperationStatus({ operation }: { operation?: OperationState }) {
  if (!operation) return null;
  const results = operation.syncResult?.resources ?? [];
  const phases = [...new Set(results.map((r) => r.syncPhase ?? 'Sync'))];
  const running = operation.phase === 'Running' || operation.phase === 'Terminating';
  return (
    <section className={`operation card phase-${operation.phase}`} aria-label="Sync operation" aria-live="polite">
      <h2>
        Operation: {operation.phase}
        {operation.startedAt && <span className="muted"> started {operation.startedAt}</span>}
      </h2>
      {operation.message && <p>{operation.message}</p>}
      {results.length > 0 && (
        <details open={running}>
          <summary>
            {results.length} resource{results.length === 1 ? '' : 's'}
          </summary>
          {phases.map((phase) => (
            <div key={phase}>
              <h3>{phase}</h3>
              <ul>
                {results
                  .filter((r) => (r.syncPhase ?? 'Sync') === phase)
                  .map((r) => (
                    <li key={`${r.kind}/${r.namespace}/${r.name}`}>
                      {/* a hook's progress is its phase; another resource's outcome is its status */}
                      {r.kind}/{r.name}: {r.hookType ? (r.hookPhase ?? r.status) : (r.status ?? r.hookPhase)}
                      {r.hookType && <span className="badge hook">{r.hookType} hook</span>}
                      {r.message && <span className="muted"> {r.message}</span>}
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </details>
      )}
    </section>
  );
}
