package io.mooring.cli.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.model.Application;
import io.mooring.model.ApplicationStatus;
import io.mooring.model.Operation;
import io.mooring.model.OperationState;
import org.junit.jupiter.api.Test;

class OperationTrackingTest {
  @Test
  void theEarlierOperationIsNotMistakenForTheRequestedOne() {
    Application before = app(false, state("Succeeded", "2026-01-01T10:00:00.000000001Z"));
    OperationTracking tracking = OperationTracking.after(before);

    Application requested = app(true, state("Succeeded", "2026-01-01T10:00:00.000000001Z"));

    assertThat(tracking.stateIn(requested)).isNull();
    assertThat(tracking.hasEnded(requested)).isFalse();
  }

  @Test
  void aStartedOperationIsFollowedUntilTheControllerClearsTheRequest() {
    OperationTracking tracking = OperationTracking.after(app(false, null));
    Application running = app(true, state("Running", "2026-01-01T10:00:01Z"));
    Application endedButNotCleared = app(true, state("Succeeded", "2026-01-01T10:00:01Z"));
    Application ended = app(false, state("Failed", "2026-01-01T10:00:01Z"));

    assertThat(tracking.stateIn(running).phase).isEqualTo("Running");
    assertThat(tracking.hasEnded(running)).isFalse();
    assertThat(tracking.hasEnded(endedButNotCleared)).isFalse();
    assertThat(tracking.hasEnded(ended)).isTrue();
  }

  private static Application app(boolean requested, OperationState state) {
    Application app = new Application();
    app.operation = requested ? new Operation() : null;
    app.status = new ApplicationStatus();
    app.status.operationState = state;
    return app;
  }

  private static OperationState state(String phase, String startedAt) {
    OperationState state = new OperationState();
    state.phase = phase;
    state.startedAt = startedAt;
    return state;
  }
}
