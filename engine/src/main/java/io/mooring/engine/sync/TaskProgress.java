package io.mooring.engine.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where each task of a plan stands, from the persisted results refreshed with the live view:
 * running hooks complete or fail by their health, applied resources that gate a later wave become
 * done when Healthy (failed when Degraded), and a dry run's applied tasks are done at once.
 */
final class TaskProgress {

  /** Where one task stands. */
  enum Status {
    PENDING,
    RUNNING,
    SUCCEEDED,
    FAILED
  }

  /** A task, its status, and whether the sync must wait for it while it runs. */
  record Entry(SyncTask task, Status status, boolean blocking) {}

  private final List<Entry> entries;
  private final SyncState state;

  private TaskProgress(List<Entry> entries, SyncState state) {
    this.entries = entries;
    this.state = state;
  }

  /** The progress of {@code plan}'s tasks given {@code state} and the cluster {@code live}. */
  static TaskProgress observe(SyncPlan plan, SyncState state, LiveView live) {
    Map<String, ResourceResult> results = new HashMap<>();
    for (ResourceResult result : state.resources()) {
      results.put(result.syncPhase() + ":" + result.key(), result);
    }
    List<Entry> first = new ArrayList<>();
    for (SyncTask task : plan.tasks()) {
      ResourceResult result = results.get(task.phase() + ":" + task.key());
      first.add(new Entry(task, statusOf(task, result, live), false));
    }
    boolean failure = first.stream().anyMatch(e -> isMain(e) && e.status() == Status.FAILED);
    boolean pendingRemain =
        first.stream()
            .anyMatch(e -> isMain(e) && e.status() == Status.PENDING && !e.task().inSync());
    boolean multiStep = plan.isMultiStep();
    Set<String> hookSteps = new HashSet<>();
    for (SyncTask task : plan.tasks()) {
      if (task.isHook()) {
        hookSteps.add(task.phase() + "/" + task.wave());
      }
    }
    List<Entry> entries = new ArrayList<>();
    List<ResourceResult> refreshed = new ArrayList<>();
    for (Entry entry : first) {
      if (entry.status() != Status.RUNNING) {
        entries.add(entry);
        continue;
      }
      SyncTask task = entry.task();
      ResourceResult result = results.get(task.phase() + ":" + task.key());
      if (result.status() == null) {
        result =
            result.with(ResultCode.Synced, OperationPhase.Running, task.key().name() + " created");
      }
      boolean blocking =
          task.isHook()
              || (multiStep
                  && !failure
                  && (pendingRemain || hookSteps.contains(task.phase() + "/" + task.wave())));
      ResourceResult observed =
          plan.options().has(OperationFlag.DRY_RUN)
              ? result.with(result.status(), OperationPhase.Succeeded, result.message())
              : blocking ? observeHealth(task, result, live) : result;
      refreshed.add(observed);
      entries.add(new Entry(task, statusOf(observed), blocking));
    }
    return new TaskProgress(entries, state.withResults(refreshed));
  }

  /** The state with refreshed results. */
  SyncState state() {
    return state;
  }

  /** Main (non-SyncFail) tasks with {@code status}. */
  List<SyncTask> main(Status status) {
    return select(e -> isMain(e) && e.status() == status);
  }

  /** SyncFail tasks with {@code status}. */
  List<SyncTask> syncFail(Status status) {
    return select(e -> !isMain(e) && e.status() == status);
  }

  /** Running tasks the sync must wait for: hooks, and resources gating a later wave. */
  List<SyncTask> blockingRunning() {
    return select(e -> e.status() == Status.RUNNING && e.blocking());
  }

  /** Tasks with a status, in plan order. */
  List<SyncTask> all(Status status) {
    return select(e -> e.status() == status);
  }

  private List<SyncTask> select(Predicate<Entry> predicate) {
    return entries.stream().filter(predicate).map(Entry::task).toList();
  }

  private static boolean isMain(Entry entry) {
    return entry.task().phase() != SyncPhase.SyncFail;
  }

  /** The status from a persisted result alone. */
  private static Status statusOf(SyncTask task, ResourceResult result, LiveView live) {
    if (result == null) {
      return Status.PENDING;
    }
    if (result.status() == null) {
      // started, outcome never recorded: a hook that exists was created; anything else reruns
      boolean created = task.isHook() && live.find(task.key()).isPresent();
      return created ? Status.RUNNING : Status.PENDING;
    }
    return statusOf(result);
  }

  private static Status statusOf(ResourceResult result) {
    if (result.status() == ResultCode.SyncFailed || result.hookPhase().isUnsuccessful()) {
      return Status.FAILED;
    }
    return result.hookPhase() == OperationPhase.Succeeded ? Status.SUCCEEDED : Status.RUNNING;
  }

  /** A running task's result updated from the health of its live object. */
  private static ResourceResult observeHealth(SyncTask task, ResourceResult result, LiveView live) {
    Optional<LiveResource> found = live.find(task.key());
    if (found.isEmpty()) {
      return result;
    }
    String health = found.get().health();
    String message =
        found.get().message() == null || found.get().message().isEmpty()
            ? result.message()
            : found.get().message();
    OperationPhase phase = task.isHook() ? hookPhase(health) : resourcePhase(health);
    return result.with(result.status(), phase, message);
  }

  /** Hooks: no health or Healthy is done, Degraded or Unknown failed, the rest still running. */
  private static OperationPhase hookPhase(String health) {
    if (health == null || health.isEmpty() || health.equals("Healthy")) {
      return OperationPhase.Succeeded;
    }
    return switch (health) {
      case "Progressing", "Suspended", "Missing" -> OperationPhase.Running;
      default -> OperationPhase.Failed;
    };
  }

  /** Resources: no health or Healthy is done, Degraded failed, the rest still running. */
  private static OperationPhase resourcePhase(String health) {
    if (health == null || health.isEmpty() || health.equals("Healthy")) {
      return OperationPhase.Succeeded;
    }
    return health.equals("Degraded") ? OperationPhase.Failed : OperationPhase.Running;
  }
}
