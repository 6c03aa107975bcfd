package io.mooring.engine.health.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.engine.health.HealthCheck;
import io.mooring.engine.health.HealthResult;
import io.mooring.engine.health.HealthStatus;

/** PersistentVolumeClaim: Bound is Healthy, Pending Progressing, Lost Degraded. */
final class PersistentVolumeClaimHealth implements HealthCheck {
  @Override
  public HealthResult assess(JsonNode claim) {
    HealthStatus status =
        switch (Fields.text(claim.path("status").path("phase"))) {
          case "Bound" -> HealthStatus.Healthy;
          case "Pending" -> HealthStatus.Progressing;
          case "Lost" -> HealthStatus.Degraded;
          default -> HealthStatus.Unknown;
        };
    return HealthResult.of(status);
  }
}
