import type { HealthStatusCode, SyncStatusCode } from '../api/types';

const HEALTH_ICON: Record<HealthStatusCode, string> = {
  Healthy: '♥',
  Progressing: '◔',
  Degraded: '✖',
  Suspended: '⏸',
  Missing: '?',
  Unknown: '?',
};

const SYNC_ICON: Record<SyncStatusCode, string> = { Synced: '✔', OutOfSync: '↻', Unknown: '?' };

/** Health as icon + word (never colour alone), styled by `health-<status>`. */
export function HealthBadge({ status, message }: { status?: HealthStatusCode; message?: string }) {
  const s = status ?? 'Unknown';
  return (
    <span className={`badge health-${s}`} title={message || `Health: ${s}`}>
      <span aria-hidden="true">{HEALTH_ICON[s] ?? '?'}</span> {s}
    </span>
  );
}

export function SyncBadge({ status }: { status?: SyncStatusCode }) {
  const s = status ?? 'Unknown';
  return (
    <span className={`badge sync-${s}`} title={`Sync: ${s}`}>
      <span aria-hidden="true">{SYNC_ICON[s] ?? '?'}</span> {s}
    </span>
  );
}
