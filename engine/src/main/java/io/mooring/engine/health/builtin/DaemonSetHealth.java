package io.mooring.engine.health.builtin;

import static io.mooring.engine.health.builtin.Fields.number;
import static io.mooring.engine.health.builtin.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.engine.health.HealthCheck;
import io.mooring.engine.health.HealthResult;
import io.mooring.engine.health.HealthStatus;

/**
 * DaemonSet: Progressing until every scheduled pod is updated and available (OnDelete: Healthy).
 */
final class DaemonSetHealth implements HealthCheck {
  @Override
  public HealthResult assess(JsonNode daemonSet) {
    JsonNode status = daemonSet.path("status");
    if (number(daemonSet.path("metadata").path("generation"))
        > number(status.path("observedGeneration"))) {
      return progressing(
          "Waiting for rollout to finish: observed daemon set generation less than desired"
              + " generation");
    }
    long updated = number(status.path("updatedNumberScheduled"));
    long desired = number(status.path("desiredNumberScheduled"));
    long available = number(status.path("numberAvailable"));
    if ("OnDelete".equals(text(daemonSet.path("spec").path("updateStrategy").path("type")))) {
      return new HealthResult(
          HealthStatus.Healthy,
          "daemon set %d out of %d new pods have been updated".formatted(updated, desired));
    }
    String name = text(daemonSet.path("metadata").path("name"));
    if (updated < desired) {
      return progressing(
          "Waiting for daemon set \"%s\" rollout to finish: %d out of %d new pods have been updated..."
              .formatted(name, updated, desired));
    }
    if (available < desired) {
      return progressing(
          "Waiting for daemon set \"%s\" rollout to finish: %d of %d updated pods are available..."
              .formatted(name, available, desired));
    }
    return HealthResult.of(HealthStatus.Healthy);
  }

  private static HealthResult progressing(String message) {
    return new HealthResult(HealthStatus.Progressing, message);
  }
}
