package io.mooring.controller.automation;

import java.time.Duration;

/**
 * Exponential backoff: {@code base × factor^attempt}, capped. Argo CD's self-heal uses 2 s × 3
 * capped at 5 min; automated-sync retry defaults to 5 s × 2 capped at 3 min.
 */
public record Backoff(Duration base, long factor, Duration max) {
  /** Argo CD's self-heal backoff. */
  public static final Backoff SELF_HEAL =
      new Backoff(Duration.ofSeconds(2), 3, Duration.ofMinutes(5));

  /** Argo CD's default retry backoff for automated sync. */
  public static final Backoff RETRY_DEFAULT =
      new Backoff(Duration.ofSeconds(5), 2, Duration.ofMinutes(3));

  public Backoff {
    if (factor < 1) {
      throw new IllegalArgumentException("backoff factor must be 1 or more, got " + factor);
    }
  }

  /** The delay before attempt number {@code attempt} (0-based). */
  public Duration delay(int attempt) {
    Duration delay = base;
    for (int i = 0; i < attempt; i++) {
      delay = delay.multipliedBy(factor);
      if (delay.compareTo(max) >= 0) {
        return max;
      }
    }
    return delay.compareTo(max) > 0 ? max : delay;
  }
}
