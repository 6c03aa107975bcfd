package io.mooring.controller.adapters;

import io.mooring.controller.operation.AuditTrail;
import io.mooring.engine.sync.SyncTask;
import io.mooring.kube.event.EventRecorder;
import io.mooring.kube.event.EventType;
import io.mooring.kube.event.InvolvedObject;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.model.Operation;
import io.mooring.model.OperationState;

/**
 * The audit trail as Kubernetes Events on the Application: who started which sync of which
 * revision, every resource it changed, and how it ended. Names objects, never their contents.
 */
public final class KubeAuditTrail implements AuditTrail {
  private final EventRecorder events;

  public KubeAuditTrail(EventRecorder events) {
    this.events = events;
  }

  @Override
  public void operationStarted(Application app) {
    Operation operation = app.status.operationState.operation;
    String revision =
        operation.sync != null && operation.sync.revision != null
            ? operation.sync.revision
            : app.spec.source != null ? app.spec.source.targetRevision : null;
    events.record(
        about(app),
        EventType.NORMAL,
        "OperationStarted",
        initiator(operation) + " started syncing to " + (revision == null ? "HEAD" : revision));
  }

  @Override
  public void resourceChanged(Application app, SyncTask task, String outcome) {
    events.record(
        about(app),
        EventType.NORMAL,
        "ResourceUpdated",
        "Updated " + task.key().kind() + " " + qualifiedName(task) + ": " + outcome);
  }

  @Override
  public void operationFinished(Application app, OperationState state) {
    boolean succeeded = "Succeeded".equals(state.phase);
    String revision = state.syncResult == null ? null : state.syncResult.revision;
    events.record(
        about(app),
        succeeded ? EventType.NORMAL : EventType.WARNING,
        succeeded ? "OperationCompleted" : "OperationFailed",
        "Sync operation to "
            + (revision == null ? "?" : revision)
            + " "
            + state.phase.toLowerCase(java.util.Locale.ROOT)
            + (state.message == null ? "" : ": " + state.message));
  }

  private static InvolvedObject about(Application app) {
    return InvolvedObject.of(ModelCodec.toTree(app));
  }

  private static String initiator(Operation operation) {
    if (operation.initiatedBy == null) {
      return "Unknown user";
    }
    if (Boolean.TRUE.equals(operation.initiatedBy.automated)) {
      return "Automated sync";
    }
    return "User "
        + (operation.initiatedBy.username == null ? "?" : operation.initiatedBy.username);
  }

  private static String qualifiedName(SyncTask task) {
    return task.key().namespace().isEmpty()
        ? task.key().name()
        : task.key().namespace() + "/" + task.key().name();
  }
}
