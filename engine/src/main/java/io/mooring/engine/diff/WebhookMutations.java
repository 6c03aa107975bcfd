package io.mooring.engine.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Reverts what mutating webhooks did to a server-side dry-run result. Compared with the live
 * object, a field the applying manager does not own is dropped when the dry run added it and takes
 * the live value when the dry run changed it; a field the dry run removed stays removed, since the
 * apply itself removed it.
 */
final class WebhookMutations {
  private WebhookMutations() {}

  static ObjectNode revert(ObjectNode predicted, ObjectNode live, OwnedFields owned) {
    return (ObjectNode) revert(predicted, live, owned, "");
  }

  /** {@code owned} is null where the manager owns nothing. */
  private static JsonNode revert(
      JsonNode predicted, JsonNode live, OwnedFields owned, String field) {
    if (owned != null && owned.ownsAll()) {
      return predicted;
    }
    if (predicted instanceof ObjectNode object && live instanceof ObjectNode liveObject) {
      ObjectNode result = object.objectNode();
      for (Map.Entry<String, JsonNode> entry : object.properties()) {
        String name = entry.getKey();
        OwnedFields child = owned == null ? null : owned.field(name);
        JsonNode liveValue = liveObject.get(name);
        if (liveValue != null) {
          result.set(name, revert(entry.getValue(), liveValue, child, name));
        } else if (child != null) {
          result.set(name, entry.getValue());
        }
      }
      return result;
    }
    if (predicted instanceof ArrayNode array && live instanceof ArrayNode liveArray) {
      String key = ListMergeKeys.keyFor(field, array, liveArray);
      ArrayNode result = array.arrayNode();
      for (int i = 0; i < array.size(); i++) {
        JsonNode item = array.get(i);
        OwnedFields child = owned == null ? null : owned.item(item, i);
        JsonNode liveItem = counterpart(item, liveArray, key);
        if (liveItem != null) {
          result.add(revert(item, liveItem, child, field));
        } else if (child != null) {
          result.add(item);
        }
      }
      return result;
    }
    return owned == null ? live : predicted;
  }

  private static JsonNode counterpart(JsonNode item, ArrayNode live, String key) {
    for (JsonNode candidate : live) {
      boolean same =
          key == null
              ? Equivalence.equivalent(candidate, item)
              : Equivalence.equivalent(candidate.get(key), item.get(key));
      if (same) {
        return candidate;
      }
    }
    return null;
  }
}
