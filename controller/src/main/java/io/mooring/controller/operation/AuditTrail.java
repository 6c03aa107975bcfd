package io.mooring.controller.operation;

import io.mooring.engine.sync.SyncTask;
import io.mooring.model.Application;
import io.mooring.model.OperationState;

/**
 * Records what operations do — who started which sync of which revision, each resource changed, and
 * the outcome — as Kubernetes Events on the Application. Never includes object contents.
 */
public interface AuditTrail {
  void operationStarted(Application app);

  void resourceChanged(Application app, SyncTask task, String outcome);

  void operationFinished(Application app, OperationState state);
}
