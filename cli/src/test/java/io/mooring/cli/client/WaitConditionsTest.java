package io.mooring.cli.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.cli.client.WaitConditions.Condition;
import io.mooring.model.Application;
import io.mooring.model.ApplicationStatus;
import io.mooring.model.HealthStatus;
import io.mooring.model.Operation;
import io.mooring.model.SyncStatus;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WaitConditionsTest {
  @Test
  void withoutFlagsItWaitsForSyncHealthAndNoOperation() {
    WaitConditions all = WaitConditions.of(Set.of());

    assertThat(all.unmet(app("OutOfSync", "Progressing", true)))
        .containsExactly(
            "sync status is OutOfSync (want Synced)",
            "health is Progressing (want Healthy)",
            "an operation is in progress (requested)");
    assertThat(all.unmet(app("Synced", "Healthy", false))).isEmpty();
  }

  @Test
  void healthFlagsAreAlternatives() {
    WaitConditions suspendedOrDegraded =
        WaitConditions.of(EnumSet.of(Condition.SUSPENDED, Condition.DEGRADED));

    assertThat(suspendedOrDegraded.unmet(app("OutOfSync", "Degraded", true))).isEmpty();
    assertThat(suspendedOrDegraded.unmet(app("Synced", "Healthy", false)))
        .containsExactly("health is Healthy (want Degraded or Suspended)");
  }

  @Test
  void anAppNotComparedYetIsNotSynced() {
    assertThat(WaitConditions.of(EnumSet.of(Condition.SYNC)).unmet(new Application()))
        .containsExactly("sync status is not known yet (want Synced)");
  }

  private static Application app(String sync, String health, boolean operation) {
    Application app = new Application();
    app.status = new ApplicationStatus();
    app.status.sync = new SyncStatus();
    app.status.sync.status = sync;
    app.status.health = new HealthStatus();
    app.status.health.status = health;
    app.operation = operation ? new Operation() : null;
    return app;
  }
}
