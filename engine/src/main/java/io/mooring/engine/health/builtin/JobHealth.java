package io.mooring.engine.health.builtin;

import static io.mooring.engine.health.builtin.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.engine.health.HealthCheck;
import io.mooring.engine.health.HealthResult;
import io.mooring.engine.health.HealthStatus;

/** Job: Progressing until a Complete, Failed or Suspended condition appears. */
final class JobHealth implements HealthCheck {
  @Override
  public HealthResult assess(JsonNode job) {
    boolean finished = false;
    boolean failed = false;
    boolean suspended = false;
    String failure = "";
    String message = "";
    for (JsonNode condition : job.path("status").path("conditions")) {
      switch (text(condition.path("type"))) {
        case "Failed" -> {
          finished = true;
          failed = true;
          failure = text(condition.path("message"));
        }
        case "Complete" -> {
          finished = true;
          message = text(condition.path("message"));
        }
        case "Suspended" -> {
          finished = true;
          message = text(condition.path("message"));
          suspended = suspended || Fields.isTrue(condition);
        }
        default -> {}
      }
    }
    if (!finished) {
      return new HealthResult(HealthStatus.Progressing, message);
    }
    if (failed) {
      return new HealthResult(HealthStatus.Degraded, failure);
    }
    if (suspended) {
      return new HealthResult(HealthStatus.Suspended, message);
    }
    return new HealthResult(HealthStatus.Healthy, message);
  }
}
