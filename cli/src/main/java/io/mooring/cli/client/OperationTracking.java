package io.mooring.cli.client;

import io.mooring.model.Application;
import io.mooring.model.OperationState;
import java.util.Objects;
import java.util.Set;

/**
 * Tells a newly requested operation apart from the one before it: the controller starts each
 * operation with a new {@code status.operationState.startedAt} (nanosecond precision), keeps {@code
 * operation} set while it runs, and clears it when the operation has ended. Pure.
 */
public final class OperationTracking {
  private static final Set<String> ENDED = Set.of("Succeeded", "Failed", "Error");
  private final String previousStart;

  private OperationTracking(String previousStart) {
    this.previousStart = previousStart;
  }

  /** Tracks the next operation of {@code before} (the app as it was before the request). */
  public static OperationTracking after(Application before) {
    OperationState state = state(before);
    return new OperationTracking(state == null ? null : state.startedAt);
  }

  /** The state of the tracked operation once the controller has started it, else null. */
  public OperationState stateIn(Application app) {
    OperationState state = state(app);
    if (state == null
        || state.startedAt == null
        || Objects.equals(state.startedAt, previousStart)) {
      return null;
    }
    return state;
  }

  /** Whether the tracked operation has ended (Succeeded, Failed or Error). */
  public boolean hasEnded(Application app) {
    OperationState state = stateIn(app);
    return state != null && app.operation == null && ENDED.contains(state.phase);
  }

  private static OperationState state(Application app) {
    return app == null || app.status == null ? null : app.status.operationState;
  }
}
