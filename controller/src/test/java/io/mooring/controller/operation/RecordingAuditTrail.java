package io.mooring.controller.operation;

import io.mooring.engine.sync.SyncTask;
import io.mooring.model.Application;
import io.mooring.model.OperationState;
import java.util.ArrayList;
import java.util.List;

/** An audit trail that remembers what it was told, for assertions. */
final class RecordingAuditTrail implements AuditTrail {
  final List<String> events = new ArrayList<>();

  @Override
  public void operationStarted(Application app) {
    events.add("started " + app.metadata.name);
  }

  @Override
  public void resourceChanged(Application app, SyncTask task, String outcome) {
    events.add(task.key().kind() + "/" + task.key().name() + " " + outcome);
  }

  @Override
  public void operationFinished(Application app, OperationState state) {
    events.add("finished " + state.phase);
  }
}
