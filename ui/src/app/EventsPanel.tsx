import type { KubeEvent } from '../api/types';

/** The application's Kubernetes events, warnings marked. */
export function EventsPanel({ events, error }: { events: KubeEvent[] | null; error?: string | null }) {
  if (error) return <p className="error">{error}</p>;
  if (events === null) return <p className="muted">Loading events…</p>;
  if (events.length === 0) return <p className="muted">No events.</p>;
  return (
    <table className="plain" aria-label="Events">
      <thead>
        <tr>
          <th>Type</th>
          <th>Reason</th>
          <th>Object</th>
          <th>Message</th>
          <th>Count</th>
          <th>Last seen</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e, i) => (
          <tr key={e.metadata?.uid ?? i} className={e.type === 'Warning' ? 'warning-row' : undefined}>
            <td>{e.type === 'Warning' ? '⚠ Warning' : e.type}</td>
            <td>{e.reason}</td>
            <td>
              {e.involvedObject?.kind}/{e.involvedObject?.name}
            </td>
            <td>{e.message}</td>
            <td>{e.count}</td>
            <td>{e.lastTimestamp ?? e.firstTimestamp}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
