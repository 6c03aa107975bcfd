package io.mooring.controller.operation;

import io.mooring.controller.history.RollbackRequest;
import io.mooring.controller.history.RollbackRequest.RollbackRefused;
import io.mooring.model.Application;
import io.mooring.model.ApplicationStatus;
import io.mooring.model.ModelCodec;
import io.mooring.model.Operation;
import io.mooring.model.OperationInitiator;
import io.mooring.model.RevisionHistory;
import io.mooring.model.SyncOperation;
import java.util.List;
import java.util.Set;

/**
 * Requests on an Application's operation, as Argo CD's API makes them: sync, rollback, terminate.
 * Each returns a changed copy of the Application (never the input) for the caller to write back —
 * sync and rollback set {@code operation} (write with an update), terminate sets {@code
 * status.operationState.phase} to Terminating (write with a status update). The controller picks
 * the change up from its Application watch.
 */
public final class OperationRequests {
  private static final Set<String> ACTIVE = Set.of("Running", "Terminating");

  private OperationRequests() {}

  /**
   * {@code app} with a sync operation requested by {@code user}.
   *
   * @throws OperationRefused when another operation is requested or running
   */
  public static Application sync(Application app, SyncOrder order, String user)
      throws OperationRefused {
    refuseIfBusy(app);
    SyncOperation sync = new SyncOperation();
    sync.revision = order.revision();
    sync.prune = order.flags().contains(SyncOrder.Flag.PRUNE) ? Boolean.TRUE : null;
    sync.dryRun = order.flags().contains(SyncOrder.Flag.DRY_RUN) ? Boolean.TRUE : null;
    sync.resources = order.resources().isEmpty() ? null : List.copyOf(order.resources());
    sync.syncOptions = order.syncOptions().isEmpty() ? null : List.copyOf(order.syncOptions());
    return withOperation(app, sync, user);
  }

  /**
   * {@code app} with a sync back to history entry {@code historyId}: that entry's revision(s) and
   * source(s), whatever the spec says now.
   *
   * @throws RollbackRefused when automated sync is on, an operation is running, or the id is
   *     unknown
   */
  public static Application rollback(Application app, long historyId, String user)
      throws RollbackRefused {
    RevisionHistory entry = RollbackRequest.target(app, historyId);
    if (app.operation != null) {
      throw new RollbackRefused(
          "another operation is already requested on " + app.metadata.name + ": wait for it");
    }
    SyncOperation sync = new SyncOperation();
    sync.revision = entry.revision;
    sync.revisions = entry.revisions == null ? null : List.copyOf(entry.revisions);
    sync.source = ModelCodec.copy(entry.source);
    sync.sources =
        entry.sources == null ? null : entry.sources.stream().map(ModelCodec::copy).toList();
    return withOperation(app, sync, user);
  }

  /**
   * {@code app} with its running operation asked to stop: running hooks are deleted and the
   * operation fails with "Operation terminated".
   *
   * @throws OperationRefused when no operation is running
   */
  public static Application terminate(Application app) throws OperationRefused {
    if (app.status == null
        || app.status.operationState == null
        || !"Running".equals(app.status.operationState.phase)) {
      throw new OperationRefused(
          "no operation is in progress on " + name(app) + ": there is nothing to terminate");
    }
    Application copy = ModelCodec.copy(app);
    copy.status.operationState.phase = "Terminating";
    copy.status.operationState.message = "Terminating";
    return copy;
  }

  private static Application withOperation(Application app, SyncOperation sync, String user) {
    Application copy = ModelCodec.copy(app);
    Operation operation = new Operation();
    operation.sync = sync;
    operation.initiatedBy = new OperationInitiator();
    operation.initiatedBy.username = user;
    operation.retry =
        copy.spec.syncPolicy == null ? null : ModelCodec.copy(copy.spec.syncPolicy.retry);
    copy.operation = operation;
    return copy;
  }

  private static void refuseIfBusy(Application app) throws OperationRefused {
    ApplicationStatus status = app.status;
    if (app.operation != null
        || (status != null
            && status.operationState != null
            && ACTIVE.contains(status.operationState.phase))) {
      throw new OperationRefused("another operation is already in progress on " + name(app));
    }
  }

  private static String name(Application app) {
    return app.metadata == null ? "?" : app.metadata.name;
  }

  /** An operation request that cannot be accepted now, with the reason. */
  public static final class OperationRefused extends Exception {
    private static final long serialVersionUID = 1L;

    public OperationRefused(String message) {
      super(message);
    }
  }
}
