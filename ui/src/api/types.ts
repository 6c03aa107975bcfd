// The parts of Argo CD's API shapes (argoproj.io/v1alpha1) the UI reads.

export type SyncStatusCode = 'Synced' | 'OutOfSync' | 'Unknown';
export type HealthStatusCode =
  | 'Healthy'
  | 'Progressing'
  | 'Degraded'
  | 'Suspended'
  | 'Missing'
  | 'Unknown';

export interface ObjectMeta {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  resourceVersion?: string;
  creationTimestamp?: string;
  finalizers?: string[];
}

export interface ApplicationSource {
  repoURL: string;
  path?: string;
  chart?: string;
  targetRevision?: string;
}

export interface SyncPolicy {
  automated?: { prune?: boolean; selfHeal?: boolean; allowEmpty?: boolean };
  syncOptions?: string[];
}

export interface ApplicationSpec {
  project?: string;
  source?: ApplicationSource;
  sources?: ApplicationSource[];
  destination: { server?: string; name?: string; namespace?: string };
  syncPolicy?: SyncPolicy;
}

export interface ResourceStatus {
  group?: string;
  version?: string;
  kind: string;
  namespace?: string;
  name: string;
  status?: SyncStatusCode;
  health?: { status: HealthStatusCode; message?: string };
  hook?: boolean;
  requiresPruning?: boolean;
  syncWave?: number;
}

export interface ApplicationCondition {
  type: string;
  message: string;
  lastTransitionTime?: string;
}

export interface RevisionHistory {
  id: number;
  revision?: string;
  revisions?: string[];
  deployedAt: string;
  deployStartedAt?: string;
  source?: ApplicationSource;
}

export interface OperationState {
  phase: 'Running' | 'Terminating' | 'Failed' | 'Error' | 'Succeeded';
  message?: string;
  startedAt?: string;
  finishedAt?: string;
  syncResult?: {
    revision?: string;
    resources?: Array<{
      group?: string;
      kind: string;
      namespace?: string;
      name: string;
      status?: string;
      message?: string;
      hookType?: string;
      hookPhase?: string;
      syncPhase?: string;
    }>;
  };
}

export interface ApplicationStatus {
  sync?: { status: SyncStatusCode; revision?: string; revisions?: string[] };
  health?: { status: HealthStatusCode; message?: string };
  resources?: ResourceStatus[];
  conditions?: ApplicationCondition[];
  history?: RevisionHistory[];
  operationState?: OperationState;
  reconciledAt?: string;
  summary?: { images?: string[] };
}

export interface Application {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec: ApplicationSpec;
  status?: ApplicationStatus;
}

export interface ListMeta {
  resourceVersion?: string;
  continue?: string;
  remainingItemCount?: number;
}

export interface ApplicationList {
  metadata?: ListMeta;
  items: Application[] | null;
}

/** One event of GET /api/v1/stream/applications: `{result: {type, application}}`. */
export interface ApplicationWatchEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  application: Application;
}

export interface ResourceRef {
  group?: string;
  version?: string;
  kind: string;
  namespace?: string;
  name: string;
  uid?: string;
}

export interface ResourceNode extends ResourceRef {
  parentRefs?: ResourceRef[];
  health?: { status: HealthStatusCode; message?: string };
  info?: Array<{ name: string; value: string }>;
  createdAt?: string;
}

export interface ApplicationTree {
  nodes?: ResourceNode[];
  orphanedNodes?: ResourceNode[];
}

/** One item of GET .../managed-resources: states are JSON documents in strings. */
export interface ResourceDiff extends ResourceRef {
  targetState?: string;
  liveState?: string;
  normalizedLiveState?: string;
  predictedLiveState?: string;
  hook?: boolean;
  modified?: boolean;
}

export interface KubeEvent {
  metadata?: { uid?: string; name?: string };
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  firstTimestamp?: string;
  lastTimestamp?: string;
  involvedObject?: { kind?: string; name?: string; namespace?: string };
}

export interface RevisionMetadata {
  author?: string;
  date?: string;
  message?: string;
  tags?: string[];
}

export interface SyncRequest {
  revision?: string;
  prune: boolean;
  dryRun: boolean;
  resources?: Array<{ group: string; kind: string; name: string; namespace: string }>;
  strategy?: { apply: { force: boolean } } | { hook: { force?: boolean } };
  syncOptions?: { items: string[] };
}

export interface RollbackRequest {
  id: number;
  dryRun?: boolean;
  prune?: boolean;
}
