package io.mooring.engine.health.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.engine.health.HealthCheck;
import io.mooring.engine.health.HealthResult;
import io.mooring.engine.health.HealthStatus;

/** Service: a LoadBalancer is Progressing until it has an ingress point; others are Healthy. */
final class ServiceHealth implements HealthCheck {
  @Override
  public HealthResult assess(JsonNode service) {
    if ("LoadBalancer".equals(Fields.text(service.path("spec").path("type")))) {
      return LoadBalancerStatus.assess(service);
    }
    return HealthResult.of(HealthStatus.Healthy);
  }
}
