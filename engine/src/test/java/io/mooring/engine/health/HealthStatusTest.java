package io.mooring.engine.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HealthStatusTest {
  @Test
  void statusesAreOrderedFromHealthiestToWorstAsInArgoCd() {
    assertThat(HealthStatus.values())
        .containsExactly(
            HealthStatus.Healthy,
            HealthStatus.Suspended,
            HealthStatus.Progressing,
            HealthStatus.Missing,
            HealthStatus.Degraded,
            HealthStatus.Unknown);
  }

  @Test
  void worstStatusWinsWhenAggregating() {
    assertThat(
            HealthStatus.worstOf(
                List.of(HealthStatus.Healthy, HealthStatus.Degraded, HealthStatus.Progressing)))
        .isEqualTo(HealthStatus.Degraded);
    assertThat(HealthStatus.worst(HealthStatus.Missing, HealthStatus.Suspended))
        .isEqualTo(HealthStatus.Missing);
    assertThat(HealthStatus.Unknown.isWorseThan(HealthStatus.Degraded)).isTrue();
    assertThat(HealthStatus.Healthy.isWorseThan(HealthStatus.Healthy)).isFalse();
  }

  @Test
  void nothingToAggregateIsHealthy() {
    assertThat(HealthStatus.worstOf(List.of())).isEqualTo(HealthStatus.Healthy);
  }

  @Test
  void parsingAcceptsOnlyArgoCdSpelling() {
    assertThat(HealthStatus.parse("Degraded")).contains(HealthStatus.Degraded);
    assertThat(HealthStatus.parse("degraded")).isEmpty();
  }
}
