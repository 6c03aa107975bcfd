import type { ReactNode } from 'react';
import { SYNC_OPTIONS } from '../app/syncRequest';
import { toggled } from '../apps/filters';
import type { AppDraft } from './appDraft';
import type { FieldProblems } from './fieldProblems';

/** Model field paths → the id of the form field that edits them, for placing the server's messages. */
export const FIELD_OF_PATH = {
  'metadata.name': 'app-name',
  'spec.project': 'app-project',
  'spec.source.repoURL': 'app-repo',
  'spec.sources': 'app-repo',
  'spec.source.path': 'app-path',
  'spec.source.targetRevision': 'app-revision',
  'spec.source': 'app-repo',
  'spec.destination.namespace': 'app-namespace',
  'spec.destination': 'app-cluster',
  'spec.syncPolicy.syncOptions': 'app-sync-options',
  'spec.syncPolicy': 'app-sync-policy',
};

interface Props {
  draft: AppDraft;
  onChange: (draft: AppDraft) => void;
  problems: FieldProblems;
  /** The name of an existing application cannot change. */
  nameLocked?: boolean;
}

/** The fields of the create and edit forms: general, source, destination, sync policy. */
export function ApplicationFields({ draft, onChange, problems, nameLocked }: Props) {
  const set = <K extends keyof AppDraft>(key: K, value: AppDraft[K]) => onChange({ ...draft, [key]: value });
  const text = (id: string, label: string, key: keyof AppDraft, hint?: string) => (
    <Field id={id} label={label} problems={problems} hint={hint}>
      <input
        id={id}
        value={draft[key] as string}
        readOnly={key === 'name' && nameLocked}
        aria-invalid={problems.byField[id] ? true : undefined}
        aria-describedby={describedBy(id, problems, hint)}
        onChange={(e) => set(key, e.target.value as never)}
      />
    </Field>
  );
  return (
    <div className="app-fields">
      <div className="form-column">
        <fieldset>
          <legend>General</legend>
          {text('app-name', 'Application name', 'name', nameLocked ? 'The name of an existing application cannot change.' : undefined)}
          {text('app-project', 'Project', 'project')}
        </fieldset>
        <fieldset>
          <legend>Source</legend>
          {text('app-repo', 'Repository URL', 'repoURL')}
          {text('app-path', 'Path', 'path', 'The directory holding the manifests.')}
          {text('app-revision', 'Revision', 'targetRevision', 'Branch, tag or commit; HEAD is the default branch.')}
        </fieldset>
      </div>
      <div className="form-column">
        <fieldset>
          <legend>Destination</legend>
          <div role="radiogroup" aria-label="Name the cluster by" className="inline-options">
            <label>
              <input type="radio" name="app-cluster-by" checked={draft.clusterBy === 'server'} onChange={() => set('clusterBy', 'server')} />{' '}
              API server URL
            </label>
            <label>
              <input type="radio" name="app-cluster-by" checked={draft.clusterBy === 'name'} onChange={() => set('clusterBy', 'name')} />{' '}
              Registered name
            </label>
          </div>
          {text('app-cluster', draft.clusterBy === 'server' ? 'Cluster URL' : 'Cluster name', 'cluster')}
          {text('app-namespace', 'Namespace', 'namespace')}
        </fieldset>
        <fieldset id="app-sync-policy" aria-describedby={describedBy('app-sync-policy', problems)}>
          <legend>Sync policy</legend>
          <label>
            <input type="checkbox" checked={draft.automated} onChange={() => set('automated', !draft.automated)} /> Automated sync
          </label>
          <label className="indented">
            <input type="checkbox" checked={draft.prune} disabled={!draft.automated} onChange={() => set('prune', !draft.prune)} />{' '}
            Prune resources removed from Git
          </label>
          <label className="indented">
            <input type="checkbox" checked={draft.selfHeal} disabled={!draft.automated} onChange={() => set('selfHeal', !draft.selfHeal)} />{' '}
            Self heal (revert changes made in the cluster)
          </label>
          <FieldError id="app-sync-policy" problems={problems} />
        </fieldset>
      </div>
      <fieldset id="app-sync-options" className="sync-options" aria-describedby={describedBy('app-sync-options', problems)}>
        <legend>Sync options</legend>
        {SYNC_OPTIONS.map(([label, option]) => (
          <label key={option}>
            <input
              type="checkbox"
              checked={draft.syncOptions.includes(option)}
              onChange={() => set('syncOptions', [...toggled(new Set(draft.syncOptions), option)])}
            />{' '}
            <span>
              {label} <code className="muted">{option}</code>
            </span>
          </label>
        ))}
        {draft.syncOptions
          .filter((o) => !SYNC_OPTIONS.some(([, known]) => known === o))
          .map((other) => (
            <label key={other}>
              <input type="checkbox" checked onChange={() => set('syncOptions', draft.syncOptions.filter((o) => o !== other))} />{' '}
              <code>{other}</code>
            </label>
          ))}
        <FieldError id="app-sync-options" problems={problems} />
      </fieldset>
    </div>
  );
}

function describedBy(id: string, problems: FieldProblems, hint?: string): string | undefined {
  const ids = [hint && `${id}-hint`, problems.byField[id] && `${id}-error`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Field({ id, label, hint, problems, children }: { id: string; label: string; hint?: string; problems: FieldProblems; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <span id={`${id}-hint`} className="hint muted">
          {hint}
        </span>
      )}
      <FieldError id={id} problems={problems} />
    </div>
  );
}

function FieldError({ id, problems }: { id: string; problems: FieldProblems }) {
  const messages = problems.byField[id];
  if (!messages) return null;
  return (
    <span id={`${id}-error`} className="field-error error">
      {messages.join('; ')}
    </span>
  );
}
