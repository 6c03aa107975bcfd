package io.mooring.controller.metrics;

import io.mooring.controller.metrics.ControllerMetrics.SyncFinish;
import io.mooring.controller.operation.AuditTrail;
import io.mooring.engine.sync.SyncTask;
import io.mooring.model.Application;
import io.mooring.model.OperationState;

/**
 * An {@link AuditTrail} that also counts each finished operation ({@code argocd_app_sync_total}
 * with its phase) before passing it on: the audit trail hears of every operation's end exactly
 * once.
 */
public final class MeteredAuditTrail implements AuditTrail {
  private final AuditTrail audit;
  private final ControllerMetrics metrics;

  public MeteredAuditTrail(AuditTrail audit, ControllerMetrics metrics) {
    this.audit = audit;
    this.metrics = metrics;
  }

  @Override
  public void operationStarted(Application app) {
    audit.operationStarted(app);
  }

  @Override
  public void resourceChanged(Application app, SyncTask task, String outcome) {
    audit.resourceChanged(app, task, outcome);
  }

  @Override
  public void operationFinished(Application app, OperationState state) {
    boolean dryRun =
        state.operation != null
            && state.operation.sync != null
            && Boolean.TRUE.equals(state.operation.sync.dryRun);
    metrics.syncFinished(app, new SyncFinish(state.phase, dryRun));
    audit.operationFinished(app, state);
  }
}
