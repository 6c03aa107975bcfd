import type { Application, RevisionMetadata } from '../api/types';
import { HealthBadge, SyncBadge } from '../components/Badges';
import { destinationOf, healthOf, projectOf, shortRevision, sourceOf, syncOf } from '../apps/appFields';

function syncPolicyText(app: Application): string {
  const automated = app.spec.syncPolicy?.automated;
  if (!automated) return 'Manual';
  const extras = [automated.prune && 'prune', automated.selfHeal && 'self-heal', automated.allowEmpty && 'allow empty'];
  const on = extras.filter(Boolean).join(', ');
  return on ? `Automated (${on})` : 'Automated';
}

/** Repository, revisions (with the synced commit's message and author), destination, policy. */
export function SummaryPanel({ app, revision }: { app: Application; revision?: RevisionMetadata | null }) {
  const source = sourceOf(app);
  const synced = app.status?.sync?.revision ?? app.status?.sync?.revisions?.[0];
  return (
    <dl className="summary">
      <dt>Health</dt>
      <dd>
        <HealthBadge status={healthOf(app)} message={app.status?.health?.message} />
        {app.status?.health?.message && <span className="muted"> {app.status.health.message}</span>}
      </dd>
      <dt>Sync</dt>
      <dd>
        <SyncBadge status={syncOf(app)} />
      </dd>
      <dt>Project</dt>
      <dd>{projectOf(app)}</dd>
      <dt>Repository</dt>
      <dd>
        {source?.repoURL}
        {source?.path && <span className="muted"> path {source.path}</span>}
        {source?.chart && <span className="muted"> chart {source.chart}</span>}
      </dd>
      <dt>Target revision</dt>
      <dd>{source?.targetRevision || 'HEAD'}</dd>
      <dt>Synced revision</dt>
      <dd>
        <code title={synced}>{shortRevision(synced) || '—'}</code>
        {revision?.message && <span> {revision.message.split('\n')[0]}</span>}
        {revision?.author && <span className="muted"> by {revision.author}</span>}
      </dd>
      <dt>Destination</dt>
      <dd>{destinationOf(app)}</dd>
      <dt>Sync policy</dt>
      <dd>
        {syncPolicyText(app)}
        {app.spec.syncPolicy?.syncOptions?.length ? (
          <span className="muted"> {app.spec.syncPolicy.syncOptions.join(', ')}</span>
        ) : null}
      </dd>
    </dl>
  );
}
