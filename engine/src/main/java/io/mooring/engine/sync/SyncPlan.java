package io.mooring.engine.sync;

import java.util.List;

/**
 * The ordered tasks of a sync (phase, wave, kind, name), SyncFail hooks last, plus the results
 * decided without any work (prunes skipped). Deterministic: planning the same request again gives
 * the same plan, so the controller may re-plan at every step.
 *
 * @param tasks every task, ordered
 * @param skipped PruneSkipped results: resources needing pruning that this sync leaves alone
 * @param options the options the plan was made with
 */
public record SyncPlan(
    List<SyncTask> tasks, List<ResourceResult> skipped, OperationOptions options) {

  public SyncPlan {
    tasks = List.copyOf(tasks);
    skipped = List.copyOf(skipped);
  }

  /** The tasks run when the sync fails. */
  public List<SyncTask> syncFailTasks() {
    return tasks.stream().filter(t -> t.phase() == SyncPhase.SyncFail).toList();
  }

  /** The tasks of a normal run: everything but SyncFail. */
  public List<SyncTask> mainTasks() {
    return tasks.stream().filter(t -> t.phase() != SyncPhase.SyncFail).toList();
  }

  /** True when the main tasks span more than one phase or wave. */
  public boolean isMultiStep() {
    List<SyncTask> main = mainTasks();
    return main.stream().map(t -> t.phase() + "/" + t.wave()).distinct().count() > 1;
  }
}
