package io.mooring.controller.history;

import io.mooring.model.Application;
import io.mooring.model.RevisionHistory;

/** Checks a rollback request and finds the history entry it targets. */
public final class RollbackRequest {
  private RollbackRequest() {}

  /**
   * The history entry to roll back to.
   *
   * @throws RollbackRefused with a message for the user when rollback is not allowed
   */
  public static RevisionHistory target(Application app, long historyId) throws RollbackRefused {
    String name = app.metadata == null ? "?" : app.metadata.name;
    if (app.spec != null
        && app.spec.syncPolicy != null
        && app.spec.syncPolicy.automated != null
        && !Boolean.FALSE.equals(app.spec.syncPolicy.automated.enabled)) {
      throw new RollbackRefused(
          "rollback cannot be initiated when auto-sync is enabled: disable automated sync of "
              + name
              + " first (mooring app set "
              + name
              + " --sync-policy none)");
    }
    if (app.status != null
        && app.status.operationState != null
        && "Running".equals(app.status.operationState.phase)) {
      throw new RollbackRefused("another operation is already in progress on " + name);
    }
    if (app.status == null || app.status.history == null) {
      throw new RollbackRefused("application " + name + " has no deployment history yet");
    }
    for (RevisionHistory entry : app.status.history) {
      if (entry.id != null && entry.id == historyId) {
        return entry;
      }
    }
    throw new RollbackRefused(
        "application " + name + " does not have deployment with id " + historyId);
  }

  /** A rollback that must not happen, with the reason. */
  public static final class RollbackRefused extends Exception {
    private static final long serialVersionUID = 1L;

    public RollbackRefused(String message) {
      super(message);
    }
  }
}
