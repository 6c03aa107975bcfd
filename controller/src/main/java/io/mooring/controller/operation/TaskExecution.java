package io.mooring.controller.operation;

import io.mooring.controller.ports.ClusterWriter;
import io.mooring.controller.ports.ClusterWriter.WriteFailure;
import io.mooring.engine.sync.SyncOptionSet;
import io.mooring.engine.sync.SyncTask;
import io.mooring.model.Application;

/** Runs one planned task against the cluster: apply (or create a hook), or prune. */
final class TaskExecution {
  private TaskExecution() {}

  /** Runs {@code task}; returns the message for its sync result. */
  static String run(ClusterWriter writer, Application app, SyncTask task, boolean dryRun)
      throws WriteFailure {
    SyncOptionSet options = task.options();
    if (task.isPrune()) {
      if (dryRun) {
        return "pruned (dry run)";
      }
      writer.delete(app, task.key(), options.prunePropagationPolicy());
      return "pruned";
    }
    ClusterWriter.Strategy strategy =
        options.replace()
            ? ClusterWriter.Strategy.REPLACE
            : options.serverSideApply()
                ? ClusterWriter.Strategy.SERVER_SIDE
                : ClusterWriter.Strategy.CLIENT_SIDE;
    return writer.apply(
        app,
        task.object(),
        new ClusterWriter.Apply(strategy, options.force(), dryRun, options.validate()));
  }
}
