package io.mooring.engine.health;

import com.fasterxml.jackson.databind.JsonNode;

/** One way of judging an object's health; it always gives a result for the objects it is for. */
@FunctionalInterface
public interface HealthCheck {
  /** Judges {@code object}, a Kubernetes object as a JSON tree. Never throws. */
  HealthResult assess(JsonNode object);
}
