import type { Application } from '../api/types';

/** What the application form edits, as the form's fields hold it (strings and flags). */
export interface AppDraft {
  name: string;
  project: string;
  repoURL: string;
  path: string;
  targetRevision: string;
  /** The destination cluster is named by its API server URL or by its registered name. */
  clusterBy: 'server' | 'name';
  cluster: string;
  namespace: string;
  automated: boolean;
  prune: boolean;
  selfHeal: boolean;
  syncOptions: string[];
}

export const IN_CLUSTER = 'https://kubernetes.default.svc';

export const EMPTY_DRAFT: AppDraft = {
  name: '',
  project: 'default',
  repoURL: '',
  path: '',
  targetRevision: 'HEAD',
  clusterBy: 'server',
  cluster: IN_CLUSTER,
  namespace: '',
  automated: false,
  prune: false,
  selfHeal: false,
  syncOptions: [],
};

/** The form's starting values for an existing application (its first source when it has several). */
export function draftOf(app: Application): AppDraft {
  const source = app.spec.source ?? app.spec.sources?.[0];
  const destination = app.spec.destination ?? {};
  const automated = app.spec.syncPolicy?.automated;
  return {
    name: app.metadata.name,
    project: app.spec.project || 'default',
    repoURL: source?.repoURL ?? '',
    path: source?.path ?? '',
    targetRevision: source?.targetRevision ?? '',
    clusterBy: destination.name && !destination.server ? 'name' : 'server',
    cluster: destination.name && !destination.server ? destination.name : destination.server ?? '',
    namespace: destination.namespace ?? '',
    automated: automated !== undefined && automated !== null,
    prune: automated?.prune ?? false,
    selfHeal: automated?.selfHeal ?? false,
    syncOptions: [...(app.spec.syncPolicy?.syncOptions ?? [])],
  };
}

const trimmed = (value: string) => value.trim();
const optional = (value: string) => (value.trim() ? value.trim() : undefined);

/**
 * The Application the server is asked to create or store. Built on `base` (the app as read, for an
 * edit) so that what the form does not show — labels, finalizers, helm or kustomize settings,
 * retry, ignoreDifferences, other sources — is kept; `metadata.resourceVersion` goes along so a
 * concurrent change is refused rather than overwritten. Nothing is validated here: the server
 * validates with the model's rules and its messages are shown next to the fields.
 */
export function applicationOf(draft: AppDraft, base?: Application): Application {
  const spec = structuredClone(base?.spec ?? { destination: {} });
  const firstSource = {
    ...(spec.source ?? spec.sources?.[0] ?? {}),
    repoURL: trimmed(draft.repoURL),
    path: optional(draft.path),
    targetRevision: optional(draft.targetRevision),
  };
  if (spec.sources && spec.sources.length > 0 && !spec.source) {
    spec.sources = [firstSource, ...spec.sources.slice(1)];
  } else {
    spec.source = firstSource;
  }
  spec.project = trimmed(draft.project) || 'default';
  const cluster = trimmed(draft.cluster);
  spec.destination = {
    ...(draft.clusterBy === 'server' ? { server: cluster } : { name: cluster }),
    namespace: optional(draft.namespace),
  };
  const policy = { ...(spec.syncPolicy ?? {}) };
  if (draft.automated) {
    policy.automated = { ...(policy.automated ?? {}), prune: draft.prune, selfHeal: draft.selfHeal };
  } else {
    delete policy.automated;
  }
  if (draft.syncOptions.length > 0) policy.syncOptions = [...draft.syncOptions];
  else delete policy.syncOptions;
  spec.syncPolicy = Object.keys(policy).length > 0 ? policy : undefined;

  const metadata = base
    ? { ...base.metadata }
    : { name: trimmed(draft.name) };
  return { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata, spec: withoutUndefined(spec) };
}

/** JSON.stringify drops undefined anyway; dropping it here keeps test expectations exact. */
function withoutUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
