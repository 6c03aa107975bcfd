package io.mooring.engine.health.builtin;

import static io.mooring.engine.health.builtin.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.engine.health.HealthCheck;
import io.mooring.engine.health.HealthResult;
import io.mooring.engine.health.HealthStatus;

/** APIService: Healthy when its Available condition is True, otherwise Progressing. */
final class ApiServiceHealth implements HealthCheck {
  @Override
  public HealthResult assess(JsonNode apiService) {
    JsonNode available = Fields.condition(apiService, "Available");
    if (available.isMissingNode()) {
      return new HealthResult(HealthStatus.Progressing, "Waiting to be processed");
    }
    String message = text(available.path("reason")) + ": " + text(available.path("message"));
    HealthStatus status =
        Fields.isTrue(available) ? HealthStatus.Healthy : HealthStatus.Progressing;
    return new HealthResult(status, message);
  }
}
