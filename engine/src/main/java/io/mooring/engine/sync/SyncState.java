package io.mooring.engine.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The persisted progress of one sync operation: plain data (enums, strings, records) that maps onto
 * Argo CD's {@code operationState}: {@code phase}, {@code message} and {@code
 * syncResult.resources[]}. Immutable; every change returns a new state.
 *
 * @param phase the operation phase
 * @param message the operation message
 * @param resources one result per task started or decided, in the order they were first recorded
 */
public record SyncState(OperationPhase phase, String message, List<ResourceResult> resources) {

  /** The message of a task started but whose outcome is not yet recorded. */
  static final String STARTED = "started";

  public SyncState {
    message = message == null ? "" : message;
    resources = List.copyOf(resources);
  }

  /** The state of an operation about to start. */
  public static SyncState start() {
    return new SyncState(OperationPhase.Running, "", List.of());
  }

  /** The result recorded for {@code task}, if any. */
  public Optional<ResourceResult> resultFor(SyncTask task) {
    return resources.stream().filter(r -> r.isFor(task)).findFirst();
  }

  /**
   * Records that the controller ran {@code task} without error: an apply or hook becomes Synced and
   * Running (its health or completion is awaited), a prune becomes Pruned and Succeeded.
   */
  public SyncState recordSucceeded(SyncTask task, String message) {
    ResourceResult result =
        task.isPrune()
            ? ResourceResult.of(task, ResultCode.Pruned, OperationPhase.Succeeded, message)
            : ResourceResult.of(task, ResultCode.Synced, OperationPhase.Running, message);
    return withResults(List.of(result));
  }

  /** Records that running {@code task} failed, with the error a user should read. */
  public SyncState recordFailed(SyncTask task, String message) {
    return withResults(
        List.of(ResourceResult.of(task, ResultCode.SyncFailed, OperationPhase.Failed, message)));
  }

  /** Asks a running operation to stop: the next step deletes running hooks and fails. */
  public SyncState terminate() {
    return phase.isCompleted() ? this : withPhase(OperationPhase.Terminating, "Terminating");
  }

  /** Ends the operation with Error, for failures of the controller itself. */
  public SyncState error(String why) {
    return withPhase(OperationPhase.Error, why);
  }

  /** This state with another phase and message. */
  SyncState withPhase(OperationPhase newPhase, String newMessage) {
    return new SyncState(newPhase, newMessage, resources);
  }

  /** This state with {@code results} replacing those for the same task, or appended. */
  SyncState withResults(List<ResourceResult> results) {
    if (results.isEmpty()) {
      return this;
    }
    if (results.size() == 1) {
      return withResult(results.get(0));
    }
    Map<String, ResourceResult> merged = new LinkedHashMap<>();
    for (ResourceResult existing : resources) {
      merged.put(identity(existing), existing);
    }
    for (ResourceResult result : results) {
      merged.put(identity(result), result);
    }
    return new SyncState(phase, message, new ArrayList<>(merged.values()));
  }

  private SyncState withResult(ResourceResult result) {
    List<ResourceResult> updated = new ArrayList<>(resources);
    for (int i = updated.size() - 1; i >= 0; i--) {
      ResourceResult existing = updated.get(i);
      if (sameTask(existing, result)) {
        updated.set(i, result);
        return new SyncState(phase, message, updated);
      }
    }
    updated.add(result);
    return new SyncState(phase, message, updated);
  }

  /** This state with {@code results} added where no result for the same task exists yet. */
  SyncState withResultsIfAbsent(List<ResourceResult> results) {
    Map<String, ResourceResult> merged = new LinkedHashMap<>();
    for (ResourceResult existing : resources) {
      merged.put(identity(existing), existing);
    }
    boolean changed = false;
    for (ResourceResult result : results) {
      changed |= merged.putIfAbsent(identity(result), result) == null;
    }
    return changed ? new SyncState(phase, message, new ArrayList<>(merged.values())) : this;
  }

  private static boolean sameTask(ResourceResult a, ResourceResult b) {
    return a.syncPhase() == b.syncPhase()
        && a.name().equals(b.name())
        && a.kind().equals(b.kind())
        && a.namespace().equals(b.namespace())
        && a.group().equals(b.group());
  }

  private static String identity(ResourceResult result) {
    return result.syncPhase() + ":" + result.key();
  }
}
