package io.mooring.controller.operation;

import io.mooring.controller.compare.SharedResource;
import io.mooring.controller.project.SyncWindows;
import io.mooring.engine.sync.OperationPhase;
import io.mooring.engine.sync.SyncOption;
import io.mooring.engine.sync.SyncOptionSet;
import io.mooring.engine.sync.SyncPlan;
import io.mooring.engine.sync.SyncState;
import io.mooring.engine.sync.SyncTask;
import io.mooring.model.AppProject;
import io.mooring.model.Application;
import io.mooring.model.OperationState;
import io.mooring.model.SyncOperation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The project's checks on a sync operation, each ending it Failed before anything is applied: a
 * sync window that blocks it (checked when it starts, as MANUAL unless automation asked for it), a
 * shared resource under {@code FailOnSharedResource=true} (when it starts), and tasks for resources
 * the project does not permit (before every step). Pure.
 */
final class OperationChecks {
  private OperationChecks() {}

  /** Why the project's sync windows do not let {@code app}'s operation start at {@code now}. */
  static Optional<String> window(Application app, AppProject project, Instant now) {
    OperationState state = app.status.operationState;
    boolean automated =
        state.operation.initiatedBy != null
            && Boolean.TRUE.equals(state.operation.initiatedBy.automated);
    return SyncWindows.blocked(
        app, project, now, automated ? SyncWindows.Trigger.AUTOMATED : SyncWindows.Trigger.MANUAL);
  }

  /** Argo CD's refusal when FailOnSharedResource=true and a rendered resource is shared. */
  static Optional<String> sharedResources(
      Application app, OperationState state, List<SharedResource> shared) {
    SyncOperation sync = state.operation.sync == null ? new SyncOperation() : state.operation.sync;
    if (shared.isEmpty()
        || !SyncOptionSet.of(OperationOptionsFactory.syncOptions(app, sync))
            .isTrue(SyncOption.FailOnSharedResource)) {
      return Optional.empty();
    }
    List<String> messages = shared.stream().map(SharedResource::message).toList();
    return Optional.of("Shared resource found: " + String.join("; ", messages));
  }

  /**
   * The state of an operation refused because some of {@code plan}'s tasks are for resources the
   * project does not permit: each such task SyncFailed with the reason, the operation Failed naming
   * them all; empty when every task is permitted. Prune tasks are not checked (a resource the
   * project does not permit is never among the live objects a sync prunes).
   */
  static Optional<SyncState> invalidTasks(
      SyncPlan plan, Function<SyncTask, Optional<String>> denial, SyncState state) {
    SyncState refused = state;
    List<String> reasons = new ArrayList<>();
    for (SyncTask task : plan.tasks()) {
      if (task.isPrune()) {
        continue;
      }
      Optional<String> reason = denial.apply(task);
      if (reason.isPresent()) {
        refused = refused.recordFailed(task, reason.get());
        reasons.add(reason.get());
      }
    }
    return reasons.isEmpty()
        ? Optional.empty()
        : Optional.of(
            failed(
                refused,
                "one or more synchronization tasks are not valid: " + String.join("; ", reasons)));
  }

  /** {@code state} ended Failed with {@code message}. */
  static SyncState failed(SyncState state, String message) {
    return new SyncState(OperationPhase.Failed, message, state.resources());
  }
}
