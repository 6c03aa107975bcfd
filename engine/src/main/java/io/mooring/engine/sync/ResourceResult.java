package io.mooring.engine.sync;

import io.mooring.engine.resource.ResourceKey;

/**
 * The recorded progress of one task, shaped exactly as an entry of Argo CD's {@code
 * operationState.syncResult.resources[]}: plain strings and enums, ready to serialize. {@code
 * status} is null while a task was started but its outcome not yet recorded.
 */
public record ResourceResult(
    String group,
    String version,
    String kind,
    String namespace,
    String name,
    ResultCode status,
    String message,
    HookType hookType,
    OperationPhase hookPhase,
    SyncPhase syncPhase) {

  /** A result for {@code task}. */
  static ResourceResult of(
      SyncTask task, ResultCode status, OperationPhase hookPhase, String message) {
    ResourceKey key = task.key();
    return new ResourceResult(
        key.group(),
        task.version(),
        key.kind(),
        key.namespace(),
        key.name(),
        status,
        message,
        task.hookType(),
        hookPhase,
        task.phase());
  }

  /** The resource this result is about. */
  public ResourceKey key() {
    return new ResourceKey(group, kind, namespace, name);
  }

  /** True when this result is about {@code task} (same resource, same phase). */
  public boolean isFor(SyncTask task) {
    return syncPhase == task.phase() && key().equals(task.key());
  }

  /** This result with another status, phase and message. */
  ResourceResult with(ResultCode newStatus, OperationPhase newPhase, String newMessage) {
    return new ResourceResult(
        group,
        version,
        kind,
        namespace,
        name,
        newStatus,
        newMessage,
        hookType,
        newPhase,
        syncPhase);
  }
}
