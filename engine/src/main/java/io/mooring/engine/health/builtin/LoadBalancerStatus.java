package io.mooring.engine.health.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.engine.health.HealthResult;
import io.mooring.engine.health.HealthStatus;

/** Shared by Service and Ingress: Healthy once {@code status.loadBalancer.ingress} has entries. */
final class LoadBalancerStatus {
  private LoadBalancerStatus() {}

  static HealthResult assess(JsonNode object) {
    JsonNode ingress = object.path("status").path("loadBalancer").path("ingress");
    boolean assigned = ingress.isArray() && !ingress.isEmpty();
    return HealthResult.of(assigned ? HealthStatus.Healthy : HealthStatus.Progressing);
  }
}
