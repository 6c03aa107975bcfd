package io.mooring.engine.health.builtin;

import static io.mooring.engine.health.builtin.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.engine.health.HealthCheck;
import io.mooring.engine.health.HealthResult;
import io.mooring.engine.health.HealthStatus;

/** Argo Workflow: judged by {@code status.phase} alone, with {@code status.message}. */
final class WorkflowHealth implements HealthCheck {
  @Override
  public HealthResult assess(JsonNode workflow) {
    JsonNode status = workflow.path("status");
    String message = text(status.path("message"));
    HealthStatus health =
        switch (text(status.path("phase"))) {
          case "", "Pending", "Running" -> HealthStatus.Progressing;
          case "Succeeded" -> HealthStatus.Healthy;
          case "Failed", "Error" -> HealthStatus.Degraded;
          default -> HealthStatus.Unknown;
        };
    return new HealthResult(health, message);
  }
}
