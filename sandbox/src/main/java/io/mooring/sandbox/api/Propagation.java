package io.mooring.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** How deleting an owner treats its dependents (DeleteOptions.propagationPolicy). */
public enum Propagation {
  /** Delete the owner now; the garbage collector deletes the dependents afterwards (default). */
  BACKGROUND,
  /** Keep the owner, marked for deletion, until every dependent is gone. */
  FOREGROUND,
  /** Delete the owner and leave the dependents, their owner references removed. */
  ORPHAN;

  /** Reads the policy from a DeleteOptions body or the query parameter; Background by default. */
  public static Propagation of(String queryValue, JsonNode deleteOptions) {
    String value = queryValue;
    if (value == null && deleteOptions != null && deleteOptions.has("propagationPolicy")) {
      value = deleteOptions.get("propagationPolicy").asText();
    }
    if (value == null
        && deleteOptions != null
        && deleteOptions.path("orphanDependents").asBoolean(false)) {
      return ORPHAN;
    }
    if (value == null || value.isEmpty()) {
      return BACKGROUND;
    }
    try {
      return valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ApiException(
          400,
          "BadRequest",
          "propagationPolicy must be Background, Foreground or Orphan, not \"" + value + "\"");
    }
  }
}
