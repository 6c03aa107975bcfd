package io.mooring.engine.sync;

import io.mooring.engine.resource.ResourceKey;
import io.mooring.engine.sync.TaskProgress.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The sync state machine: from a plan, the persisted state and the live cluster, decides the next
 * step. Pure and repeatable: the same inputs give the same step, so it can be called again after a
 * restart, and a hook recorded as started is never started twice in one operation.
 */
public final class SyncStepper {
  private SyncStepper() {}

  /** The next step of the operation {@code state} records, for {@code plan}, given {@code live}. */
  public static SyncStep next(SyncPlan plan, SyncState state, LiveView live) {
    SyncState known = state.withResultsIfAbsent(plan.skipped());
    if (known.phase().isCompleted()) {
      return new SyncStep.Finished(known, completedHookDeletions(plan, known, live));
    }
    TaskProgress progress = TaskProgress.observe(plan, known, live);
    if (known.phase() == OperationPhase.Terminating) {
      return terminate(plan, progress, live);
    }
    List<SyncTask> running = progress.blockingRunning();
    if (!running.isEmpty()) {
      return waiting(
          progress.state(), waitingFor(running, "completion of hook", "healthy state of"));
    }
    List<SyncTask> deleting = prunesAwaitingDeletion(plan, progress, live);
    if (!deleting.isEmpty()) {
      return waiting(progress.state(), waitingFor(deleting, "deletion of", "deletion of"));
    }
    List<SyncTask> failed = progress.main(Status.FAILED);
    if (!failed.isEmpty()) {
      return fail(plan, progress, failed, live);
    }
    List<SyncTask> pending =
        progress.main(Status.PENDING).stream().filter(t -> !t.inSync()).toList();
    if (pending.isEmpty()) {
      String message =
          plan.options().has(OperationFlag.DRY_RUN)
              ? "successfully synced (dry run)"
              : "successfully synced (no more tasks)";
      return finish(plan, progress.state(), OperationPhase.Succeeded, message, live);
    }
    if (plan.options().has(OperationFlag.DRY_RUN)) {
      return execute(progress.state(), pending, ExecutionMode.DRY_RUN, "dry run");
    }
    SyncTask first = pending.get(0);
    List<SyncTask> wave =
        pending.stream()
            .filter(t -> t.phase() == first.phase() && t.wave() == first.wave())
            .toList();
    return startWave(plan, progress.state(), wave, live, "one or more tasks are running");
  }

  /** Starts {@code wave}, unless prunes await confirmation or old hook objects must go first. */
  private static SyncStep startWave(
      SyncPlan plan, SyncState state, List<SyncTask> wave, LiveView live, String message) {
    List<SyncTask> unconfirmed =
        plan.options().has(OperationFlag.PRUNE_CONFIRMED)
            ? List.of()
            : wave.stream()
                .filter(
                    t -> t.isPrune() && t.options().pruneMode() == SyncOptionSet.PruneMode.CONFIRM)
                .toList();
    if (!unconfirmed.isEmpty()) {
      SyncTask task = unconfirmed.get(0);
      String more =
          unconfirmed.size() > 1 ? " and " + (unconfirmed.size() - 1) + " more resources" : "";
      String reason =
          "Waiting for pruning confirmation of "
              + task.object().path("apiVersion").asText()
              + "/"
              + task.key().kind()
              + "/"
              + task.key().name()
              + more;
      return waiting(state, reason);
    }
    List<SyncTask> replaced =
        wave.stream()
            .filter(t -> t.hook().map(HookSpec::deletedBeforeCreation).orElse(false))
            .filter(t -> live.find(t.key()).isPresent())
            .toList();
    if (!replaced.isEmpty()) {
      List<HookDeletion> deletions =
          replaced.stream()
              .filter(t -> !live.find(t.key()).get().deleting())
              .map(t -> new HookDeletion(t, HookDeletion.Reason.BEFORE_HOOK_CREATION))
              .toList();
      String reason = waitingFor(replaced, "deletion of", "deletion of") + " before creating it";
      return new SyncStep.Wait(state.withPhase(OperationPhase.Running, reason), reason, deletions);
    }
    return execute(state, wave, ExecutionMode.APPLY, message);
  }

  private static SyncStep execute(
      SyncState state, List<SyncTask> tasks, ExecutionMode mode, String message) {
    List<ResourceResult> started = new ArrayList<>();
    for (SyncTask task : tasks) {
      started.add(ResourceResult.of(task, null, OperationPhase.Running, SyncState.STARTED));
    }
    List<SyncTask> ordered = new ArrayList<>(tasks.stream().filter(SyncTask::isPrune).toList());
    ordered.addAll(tasks.stream().filter(t -> !t.isPrune()).toList());
    SyncState next = state.withResults(started).withPhase(OperationPhase.Running, message);
    return new SyncStep.Execute(next, ordered, mode);
  }

  /** A main task failed: run the SyncFail hooks if any, then end Failed with the reasons. */
  private static SyncStep fail(
      SyncPlan plan, TaskProgress progress, List<SyncTask> failed, LiveView live) {
    SyncState state = progress.state();
    String message =
        "one or more synchronization tasks completed unsuccessfully, reason: "
            + reasons(state, failed);
    List<SyncTask> syncFail = plan.syncFailTasks();
    List<SyncTask> pending = progress.syncFail(Status.PENDING);
    if (syncFail.isEmpty() || plan.options().has(OperationFlag.DRY_RUN) || pending.isEmpty()) {
      List<SyncTask> failedHooks = progress.syncFail(Status.FAILED);
      if (!failedHooks.isEmpty()) {
        message += "\none or more SyncFail hooks failed, reason: " + reasons(state, failedHooks);
      }
      return finish(plan, state, OperationPhase.Failed, message, live);
    }
    return startWave(plan, state, pending, live, message);
  }

  /** Deletes running hooks and fails the operation with "Operation terminated". */
  private static SyncStep terminate(SyncPlan plan, TaskProgress progress, LiveView live) {
    List<ResourceResult> stopped = new ArrayList<>();
    List<HookDeletion> deletions = new ArrayList<>();
    for (SyncTask task : progress.all(Status.RUNNING)) {
      if (task.isHook()) {
        stopped.add(
            ResourceResult.of(task, ResultCode.Synced, OperationPhase.Failed, "Terminated"));
        // the cache may not have seen a hook created a moment ago: delete it unless it is known to
        // be going already (a delete of what is gone is harmless)
        boolean goingAlready = live.find(task.key()).map(LiveResource::deleting).orElse(false);
        if (!goingAlready) {
          deletions.add(new HookDeletion(task, HookDeletion.Reason.TERMINATED));
        }
      }
    }
    SyncState state =
        progress
            .state()
            .withResults(stopped)
            .withPhase(OperationPhase.Failed, "Operation terminated");
    for (HookDeletion deletion : completedHookDeletions(plan, state, live)) {
      if (deletions.stream().noneMatch(d -> d.hook().equals(deletion.hook()))) {
        deletions.add(deletion);
      }
    }
    return new SyncStep.Finished(state, deletions);
  }

  private static SyncStep finish(
      SyncPlan plan, SyncState state, OperationPhase phase, String message, LiveView live) {
    SyncState done = state.withPhase(phase, message);
    return new SyncStep.Finished(done, completedHookDeletions(plan, done, live));
  }

  /** Completed hooks whose delete policy matches how they ended, and which still exist. */
  private static List<HookDeletion> completedHookDeletions(
      SyncPlan plan, SyncState state, LiveView live) {
    if (plan.options().has(OperationFlag.DRY_RUN)) {
      return List.of();
    }
    List<HookDeletion> deletions = new ArrayList<>();
    for (SyncTask task : plan.tasks()) {
      Optional<ResourceResult> result = state.resultFor(task);
      if (task.hook().isEmpty() || result.isEmpty() || result.get().status() == null) {
        continue;
      }
      OperationPhase outcome = result.get().hookPhase();
      boolean exists = live.find(task.key()).filter(l -> !l.deleting()).isPresent();
      if (exists && outcome.isCompleted() && task.hook().get().deletedAfter(outcome)) {
        HookDeletion.Reason reason =
            outcome == OperationPhase.Succeeded
                ? HookDeletion.Reason.HOOK_SUCCEEDED
                : HookDeletion.Reason.HOOK_FAILED;
        deletions.add(new HookDeletion(task, reason));
      }
    }
    return deletions;
  }

  private static List<SyncTask> prunesAwaitingDeletion(
      SyncPlan plan, TaskProgress progress, LiveView live) {
    if (plan.options().has(OperationFlag.DRY_RUN)) {
      return List.of();
    }
    return progress.all(Status.SUCCEEDED).stream()
        .filter(SyncTask::isPrune)
        .filter(t -> live.find(t.key()).map(LiveResource::deleting).orElse(false))
        .toList();
  }

  private static SyncStep waiting(SyncState state, String reason) {
    return new SyncStep.Wait(state.withPhase(OperationPhase.Running, reason), reason, List.of());
  }

  /** "waiting for <what> group/Kind/name and N more hooks|resources", as Argo CD words it. */
  private static String waitingFor(List<SyncTask> tasks, String forHooks, String forResources) {
    SyncTask first = tasks.get(0);
    ResourceKey key = first.key();
    String what = first.isHook() ? forHooks : forResources;
    String message =
        "waiting for " + what + " " + key.group() + "/" + key.kind() + "/" + key.name();
    if (tasks.size() > 1) {
      message += " and " + (tasks.size() - 1) + " more " + (first.isHook() ? "hooks" : "resources");
    }
    return message;
  }

  private static String reasons(SyncState state, List<SyncTask> tasks) {
    return tasks.stream()
        .map(t -> t.key() + ": " + state.resultFor(t).map(ResourceResult::message).orElse(""))
        .collect(Collectors.joining("; "));
  }
}
