package io.mooring.engine.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * An offline approximation of server-side apply: the fields {@code manager} owned in the live
 * object (its managedFields) play the part of the last applied configuration, so a field the
 * manager owned and the desired object dropped is removed, while fields of other managers stay.
 * Without the cluster's OpenAPI schema it cannot apply server defaults or schema list keys; see the
 * conformance test for the cases this leaves out.
 */
public final class StructuredMergeDiff {
  private StructuredMergeDiff() {}

  /** Compares {@code desired} with {@code live} as if {@code manager} server-side applied it. */
  public static DiffResult diff(ObjectNode desired, ObjectNode live, String manager) {
    if (desired == null || live == null) {
      return Differ.twoWay(desired, live);
    }
    ObjectNode owned = ownedPart(live, OwnedFields.of(live, manager));
    ObjectNode normalizedLive = ServerSideDiff.stripped(live);
    ObjectNode target = ServerSideDiff.stripped(desired);
    ObjectNode applied = ServerSideDiff.stripped(owned);
    ObjectNode predicted = LivePredictor.predict(applied, target, normalizedLive);
    boolean modified = !Equivalence.equivalent(predicted, normalizedLive);
    return DiffResults.of(modified, predicted, normalizedLive, Set.of());
  }

  /** The part of {@code live} that {@code owned} covers. */
  private static ObjectNode ownedPart(ObjectNode live, OwnedFields owned) {
    JsonNode part = extract(live, owned);
    return part instanceof ObjectNode object ? object : live.objectNode();
  }

  private static JsonNode extract(JsonNode live, OwnedFields owned) {
    if (owned.ownsAll()) {
      return live;
    }
    if (live instanceof ObjectNode object) {
      ObjectNode result = object.objectNode();
      object
          .properties()
          .forEach(
              e -> {
                OwnedFields child = owned.field(e.getKey());
                if (child != null) {
                  result.set(e.getKey(), extract(e.getValue(), child));
                }
              });
      return result;
    }
    if (live instanceof ArrayNode array) {
      ArrayNode result = array.arrayNode();
      for (int i = 0; i < array.size(); i++) {
        OwnedFields child = owned.item(array.get(i), i);
        if (child != null) {
          result.add(extract(array.get(i), child));
        }
      }
      return result;
    }
    return live;
  }
}
