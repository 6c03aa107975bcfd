package io.mooring.engine.health.builtin;

import static io.mooring.engine.health.builtin.Fields.number;
import static io.mooring.engine.health.builtin.Fields.optionalNumber;
import static io.mooring.engine.health.builtin.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.engine.health.HealthCheck;
import io.mooring.engine.health.HealthResult;
import io.mooring.engine.health.HealthStatus;
import java.util.Optional;

/** Deployment: paused is Suspended, a missed progress deadline Degraded, a rollout Progressing. */
final class DeploymentHealth implements HealthCheck {
  @Override
  public HealthResult assess(JsonNode deployment) {
    JsonNode spec = deployment.path("spec");
    JsonNode status = deployment.path("status");
    if (spec.path("paused").asBoolean(false)) {
      return new HealthResult(HealthStatus.Suspended, "Deployment is paused");
    }
    if (number(deployment.path("metadata").path("generation"))
        > number(status.path("observedGeneration"))) {
      return progressing(
          "Waiting for rollout to finish: observed deployment generation less than desired"
              + " generation");
    }
    JsonNode progressingCondition = Fields.condition(deployment, "Progressing");
    Optional<Long> desired = optionalNumber(spec.path("replicas"));
    long updated = number(status.path("updatedReplicas"));
    long replicas = number(status.path("replicas"));
    long available = number(status.path("availableReplicas"));
    if ("ProgressDeadlineExceeded".equals(text(progressingCondition.path("reason")))) {
      String name = text(deployment.path("metadata").path("name"));
      return new HealthResult(
          HealthStatus.Degraded, "Deployment \"" + name + "\" exceeded its progress deadline");
    }
    if (desired.isPresent() && updated < desired.get()) {
      return progressing(
          "Waiting for rollout to finish: %d out of %d new replicas have been updated..."
              .formatted(updated, desired.get()));
    }
    if (replicas > updated) {
      return progressing(
          "Waiting for rollout to finish: %d old replicas are pending termination..."
              .formatted(replicas - updated));
    }
    if (available < updated) {
      return progressing(
          "Waiting for rollout to finish: %d of %d updated replicas are available..."
              .formatted(available, updated));
    }
    return HealthResult.of(HealthStatus.Healthy);
  }

  private static HealthResult progressing(String message) {
    return new HealthResult(HealthStatus.Progressing, message);
  }
}
