package io.mooring.engine.sync;

import java.util.List;

/**
 * What to do next in a sync, decided by {@link SyncStepper}. Every step carries the state to
 * persist; the controller performs the step's deletions first, then persists the state, then runs
 * the tasks of an {@link Execute} and records each outcome into the state.
 */
public sealed interface SyncStep permits SyncStep.Execute, SyncStep.Wait, SyncStep.Finished {

  /** The operation state to persist (status.operationState). */
  SyncState state();

  /** Hook objects to delete now. */
  List<HookDeletion> deletions();

  /**
   * Run these tasks now, prunes first, then the rest in the given order (tasks of one kind may run
   * in parallel). Record each outcome with {@link SyncState#recordSucceeded} or {@link
   * SyncState#recordFailed}.
   */
  record Execute(SyncState state, List<SyncTask> tasks, ExecutionMode mode) implements SyncStep {
    public Execute {
      tasks = List.copyOf(tasks);
    }

    @Override
    public List<HookDeletion> deletions() {
      return List.of();
    }
  }

  /** Nothing to run until the cluster changes: call {@link SyncStepper#next} again later. */
  record Wait(SyncState state, String reason, List<HookDeletion> deletions) implements SyncStep {
    public Wait {
      deletions = List.copyOf(deletions);
    }
  }

  /** The operation is over: {@code state().phase()} is Succeeded, Failed or Error. */
  record Finished(SyncState state, List<HookDeletion> deletions) implements SyncStep {
    public Finished {
      deletions = List.copyOf(deletions);
    }
  }
}
