package io.mooring.engine.health.builtin;

import static io.mooring.engine.health.builtin.Fields.number;
import static io.mooring.engine.health.builtin.Fields.optionalNumber;
import static io.mooring.engine.health.builtin.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.engine.health.HealthCheck;
import io.mooring.engine.health.HealthResult;
import io.mooring.engine.health.HealthStatus;
import java.util.Optional;

/** StatefulSet: Progressing until observed, all pods ready and the rolling update complete. */
final class StatefulSetHealth implements HealthCheck {
  @Override
  public HealthResult assess(JsonNode sts) {
    JsonNode spec = sts.path("spec");
    JsonNode status = sts.path("status");
    long observed = number(status.path("observedGeneration"));
    if (observed == 0 || number(sts.path("metadata").path("generation")) > observed) {
      return progressing("Waiting for statefulset spec update to be observed...");
    }
    Optional<Long> desired = optionalNumber(spec.path("replicas"));
    long ready = number(status.path("readyReplicas"));
    long updated = number(status.path("updatedReplicas"));
    if (desired.isPresent() && ready < desired.get()) {
      return progressing("Waiting for %d pods to be ready...".formatted(desired.get() - ready));
    }
    JsonNode strategy = spec.path("updateStrategy");
    String strategyType = text(strategy.path("type"));
    JsonNode rollingUpdate = strategy.path("rollingUpdate");
    if ("RollingUpdate".equals(strategyType) && rollingUpdate.isObject()) {
      Optional<Long> partition = optionalNumber(rollingUpdate.path("partition"));
      if (desired.isPresent() && partition.isPresent()) {
        long expected = desired.get() - partition.get();
        if (updated < expected) {
          return progressing(
              "Waiting for partitioned roll out to finish: %d out of %d new pods have been updated..."
                  .formatted(updated, expected));
        }
      }
      return new HealthResult(
          HealthStatus.Healthy,
          "partitioned roll out complete: %d new pods have been updated...".formatted(updated));
    }
    if ("OnDelete".equals(strategyType)) {
      return new HealthResult(
          HealthStatus.Healthy, "statefulset has %d ready pods".formatted(ready));
    }
    String updateRevision = text(status.path("updateRevision"));
    String currentRevision = text(status.path("currentRevision"));
    if (!updateRevision.equals(currentRevision)) {
      return progressing(
          "waiting for statefulset rolling update to complete %d pods at revision %s..."
              .formatted(updated, updateRevision));
    }
    return new HealthResult(
        HealthStatus.Healthy,
        "statefulset rolling update complete %d pods at revision %s..."
            .formatted(number(status.path("currentReplicas")), currentRevision));
  }

  private static HealthResult progressing(String message) {
    return new HealthResult(HealthStatus.Progressing, message);
  }
}
