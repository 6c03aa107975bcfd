package io.mooring.engine.health.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Reads status and spec fields the way Kubernetes' typed structs see them: an absent number is 0,
 * an absent string is "", and optional fields (pointers in Go) are {@link Optional}.
 */
final class Fields {
  private Fields() {}

  /** The number at {@code node}, or 0 when absent or not a number. */
  static long number(JsonNode node) {
    return node.isNumber() ? node.asLong() : 0;
  }

  /** The number at {@code node}, or empty when absent (a Go pointer field left nil). */
  static Optional<Long> optionalNumber(JsonNode node) {
    return node.isNumber() ? Optional.of(node.asLong()) : Optional.empty();
  }

  /** The text at {@code node}, or "" when absent. */
  static String text(JsonNode node) {
    return node.isValueNode() && !node.isNull() ? node.asText() : "";
  }

  /** The first entry of {@code status.conditions} of the given type, or a missing node. */
  static JsonNode condition(JsonNode object, String type) {
    for (JsonNode condition : object.path("status").path("conditions")) {
      if (type.equals(text(condition.path("type")))) {
        return condition;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  /** True when the condition's status is exactly {@code "True"}. */
  static boolean isTrue(JsonNode condition) {
    return "True".equals(text(condition.path("status")));
  }
}
