package io.mooring.controller.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.model.ApplicationStatus;
import io.mooring.model.ModelCodec;

/**
 * Decides whether a new status is worth writing. reconciledAt alone changing is not a change, so a
 * steady-state refresh writes nothing.
 */
final class StatusChange {
  private StatusChange() {}

  static boolean changed(ApplicationStatus before, ApplicationStatus after) {
    return !withoutTimestamps(ModelCodec.toTree(before))
        .equals(withoutTimestamps(ModelCodec.toTree(after)));
  }

  private static JsonNode withoutTimestamps(JsonNode status) {
    if (!(status instanceof ObjectNode object)) {
      return status;
    }
    ObjectNode copy = object.deepCopy();
    copy.remove("reconciledAt");
    copy.remove("observedAt");
    return copy;
  }
}
