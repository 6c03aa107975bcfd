package io.mooring.engine.health.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.engine.health.HealthCheck;
import io.mooring.engine.health.HealthResult;

/** Ingress: Progressing until the controller publishes a load-balancer address. */
final class IngressHealth implements HealthCheck {
  @Override
  public HealthResult assess(JsonNode ingress) {
    return LoadBalancerStatus.assess(ingress);
  }
}
