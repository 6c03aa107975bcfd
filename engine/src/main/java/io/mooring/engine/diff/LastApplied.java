package io.mooring.engine.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.KubeObjects;

/** Reads kubectl's last-applied-configuration annotation of a live object. */
final class LastApplied {
  private LastApplied() {}

  /** The last applied configuration of {@code live}, or null when absent or unreadable. */
  static ObjectNode of(JsonNode live) {
    String text = KubeObjects.annotation(live, KubeFields.LAST_APPLIED);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return CanonicalJson.read(text) instanceof ObjectNode object ? object : null;
    } catch (Exception e) {
      return null;
    }
  }
}
