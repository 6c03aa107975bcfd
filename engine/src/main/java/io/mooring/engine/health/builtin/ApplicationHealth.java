package io.mooring.engine.health.builtin;

import static io.mooring.engine.health.builtin.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.engine.health.HealthCheck;
import io.mooring.engine.health.HealthResult;
import io.mooring.engine.health.HealthStatus;

/**
 * Argo CD Application (app-of-apps): its own {@code status.health}. A deliberate difference from
 * Argo CD, which dropped this check in 1.8: without it, waves of child applications cannot wait for
 * their children to become healthy unless every user adds a custom script. No reported health yet
 * is Progressing; a status Mooring does not know is Unknown.
 */
final class ApplicationHealth implements HealthCheck {
  @Override
  public HealthResult assess(JsonNode application) {
    JsonNode health = application.path("status").path("health");
    String reported = text(health.path("status"));
    String message = text(health.path("message"));
    if (reported.isEmpty()) {
      return new HealthResult(HealthStatus.Progressing, message);
    }
    return HealthStatus.parse(reported)
        .map(status -> new HealthResult(status, message))
        .orElseGet(
            () ->
                new HealthResult(
                    HealthStatus.Unknown, "unknown status.health.status \"" + reported + "\""));
  }
}
