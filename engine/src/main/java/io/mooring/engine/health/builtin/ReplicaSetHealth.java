package io.mooring.engine.health.builtin;

import static io.mooring.engine.health.builtin.Fields.number;
import static io.mooring.engine.health.builtin.Fields.optionalNumber;
import static io.mooring.engine.health.builtin.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.engine.health.HealthCheck;
import io.mooring.engine.health.HealthResult;
import io.mooring.engine.health.HealthStatus;
import java.util.Optional;

/** ReplicaSet: a true ReplicaFailure condition is Degraded; missing replicas are Progressing. */
final class ReplicaSetHealth implements HealthCheck {
  @Override
  public HealthResult assess(JsonNode replicaSet) {
    JsonNode status = replicaSet.path("status");
    if (number(replicaSet.path("metadata").path("generation"))
        > number(status.path("observedGeneration"))) {
      return new HealthResult(
          HealthStatus.Progressing,
          "Waiting for rollout to finish: observed replica set generation less than desired"
              + " generation");
    }
    JsonNode failure = Fields.condition(replicaSet, "ReplicaFailure");
    if (Fields.isTrue(failure)) {
      return new HealthResult(HealthStatus.Degraded, text(failure.path("message")));
    }
    Optional<Long> desired = optionalNumber(replicaSet.path("spec").path("replicas"));
    long available = number(status.path("availableReplicas"));
    if (desired.isPresent() && available < desired.get()) {
      return new HealthResult(
          HealthStatus.Progressing,
          "Waiting for rollout to finish: %d out of %d new replicas are available..."
              .formatted(available, desired.get()));
    }
    return HealthResult.of(HealthStatus.Healthy);
  }
}
