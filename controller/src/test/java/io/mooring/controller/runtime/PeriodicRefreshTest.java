package io.mooring.controller.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PeriodicRefreshTest {
  private static final Instant T0 = Instant.parse("2026-11-24T12:00:00Z");

  @Test
  void anAppIsDueOnePeriodAfterItsLastReconcileWithinTheJitter() {
    PeriodicRefresh refresh =
        new PeriodicRefresh(Duration.ofSeconds(120), Duration.ofSeconds(60), new Random(7));
    refresh.reconciled("web", T0);

    assertThat(refresh.due(T0.plusSeconds(119))).isEmpty();
    assertThat(refresh.due(T0.plusSeconds(180))).containsExactly("web");
  }

  @Test
  void aDueAppIsReturnedOnceUntilReconciledAgain() {
    PeriodicRefresh refresh =
        new PeriodicRefresh(Duration.ofSeconds(10), Duration.ZERO, new Random(1));
    refresh.reconciled("web", T0);

    assertThat(refresh.due(T0.plusSeconds(10))).containsExactly("web");
    assertThat(refresh.due(T0.plusSeconds(20))).isEmpty();
  }

  @Test
  void aForgottenAppIsNeverDue() {
    PeriodicRefresh refresh =
        new PeriodicRefresh(Duration.ofSeconds(10), Duration.ZERO, new Random(1));
    refresh.reconciled("web", T0);
    refresh.forget("web");

    assertThat(refresh.due(T0.plusSeconds(60))).isEmpty();
  }
}
