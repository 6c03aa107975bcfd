package io.mooring.controller.operation;

import io.mooring.model.Application;
import io.mooring.model.ApplicationStatus;
import io.mooring.model.ModelCodec;
import io.mooring.model.Operation;
import io.mooring.model.OperationState;
import java.util.Set;

/**
 * Where an Application's operation stands, read from {@code operation} (the request) and {@code
 * status.operationState} (the progress), as Argo CD keeps them.
 */
final class OperationLifecycle {
  private static final Set<String> ACTIVE = Set.of("Running", "Terminating");

  private OperationLifecycle() {}

  /** A requested operation, or one still running (possibly from before a restart). */
  static boolean hasWork(Application app) {
    return app.operation != null || isActive(state(app));
  }

  /** The request has not been started yet (no state, a finished one, or another operation). */
  static boolean needsStart(Application app) {
    OperationState state = state(app);
    return app.operation != null
        && (state == null || !isActive(state) || !sameOperation(state, app.operation));
  }

  static boolean sameOperation(OperationState state, Operation operation) {
    return ModelCodec.toTree(state.operation).equals(ModelCodec.toTree(operation));
  }

  static ApplicationStatus status(Application app) {
    if (app.status == null) {
      app.status = new ApplicationStatus();
    }
    return app.status;
  }

  private static OperationState state(Application app) {
    return app.status == null ? null : app.status.operationState;
  }

  private static boolean isActive(OperationState state) {
    return state != null && ACTIVE.contains(state.phase);
  }
}
