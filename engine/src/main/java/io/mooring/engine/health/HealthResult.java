package io.mooring.engine.health;

import java.util.Objects;

/**
 * The outcome of one health check: a status and a human-readable message ({@code ""} when the check
 * gives none).
 */
public record HealthResult(HealthStatus status, String message) {
  public HealthResult {
    Objects.requireNonNull(status, "status");
    message = message == null ? "" : message;
  }

  /** A result with no message. */
  public static HealthResult of(HealthStatus status) {
    return new HealthResult(status, "");
  }
}
