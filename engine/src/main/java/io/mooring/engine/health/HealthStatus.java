package io.mooring.engine.health;

import java.util.Optional;

/**
 * The health of a resource, in Argo CD's vocabulary. Declared from most to least healthy: the order
 * Argo CD uses to aggregate an application's health, where the worst status wins.
 */
public enum HealthStatus {
  Healthy,
  Suspended,
  Progressing,
  Missing,
  Degraded,
  Unknown;

  /** True when {@code other} is strictly healthier than this status. */
  public boolean isWorseThan(HealthStatus other) {
    return compareTo(other) > 0;
  }

  /** The worse of two statuses (worst wins, as in Argo CD's aggregation). */
  public static HealthStatus worst(HealthStatus a, HealthStatus b) {
    return b.isWorseThan(a) ? b : a;
  }

  /** The worst of several statuses, or Healthy when there are none. */
  public static HealthStatus worstOf(Iterable<HealthStatus> statuses) {
    HealthStatus worst = Healthy;
    for (HealthStatus status : statuses) {
      worst = worst(worst, status);
    }
    return worst;
  }

  /** The status spelled exactly as Argo CD spells it, or empty for anything else. */
  public static Optional<HealthStatus> parse(String name) {
    for (HealthStatus status : values()) {
      if (status.name().equals(name)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
