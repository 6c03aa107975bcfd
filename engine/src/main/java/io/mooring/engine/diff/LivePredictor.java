package io.mooring.engine.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Predicts the live object after applying the desired one, as {@code kubectl apply} would: a
 * three-way merge of the last applied configuration, the desired object and the live object. Fields
 * only the live object has (server defaults, other managers' fields) are kept; fields the last
 * applied configuration had and the desired object dropped are removed; well-known lists are merged
 * item by item on their key, other lists of objects by position when their lengths agree. The
 * result shares unchanged subtrees with {@code live}: treat both as read-only.
 */
final class LivePredictor {
  private LivePredictor() {}

  /**
   * The predicted live object. {@code applied} is the last applied configuration, or the desired
   * object itself for a two-way comparison.
   */
  static ObjectNode predict(ObjectNode applied, ObjectNode desired, ObjectNode live) {
    return mergeObjects(applied, desired, live, "");
  }

  private static JsonNode merge(
      JsonNode applied, JsonNode desired, JsonNode live, String parent, String field) {
    if (desired instanceof ObjectNode d && live instanceof ObjectNode l) {
      return mergeObjects(applied instanceof ObjectNode a ? a : null, d, l, field);
    }
    if (desired instanceof ArrayNode d && live instanceof ArrayNode l) {
      return mergeLists(applied instanceof ArrayNode a ? a : null, d, l, field);
    }
    if (Equivalence.equivalent(desired, live) || sameQuantity(desired, live, parent, field)) {
      return live;
    }
    return desired.deepCopy();
  }

  private static ObjectNode mergeObjects(
      ObjectNode applied, ObjectNode desired, ObjectNode live, String field) {
    ObjectNode result = live.objectNode();
    boolean threeWay = applied != null && applied != desired;
    for (Map.Entry<String, JsonNode> entry : live.properties()) {
      String name = entry.getKey();
      JsonNode liveValue = entry.getValue();
      JsonNode desiredValue = desired.get(name);
      if (desiredValue == null) {
        if (!(threeWay && applied.has(name))) {
          result.set(name, liveValue);
        }
      } else if (liveValue.isNull()) {
        addUnlessNothing(result, name, desiredValue);
      } else {
        JsonNode appliedValue = applied == null ? null : applied.get(name);
        result.set(name, merge(appliedValue, desiredValue, liveValue, field, name));
      }
    }
    for (Map.Entry<String, JsonNode> entry : desired.properties()) {
      if (!live.has(entry.getKey())) {
        addUnlessNothing(result, entry.getKey(), entry.getValue());
      }
    }
    return result;
  }

  private static void addUnlessNothing(ObjectNode result, String name, JsonNode value) {
    if (!Equivalence.isNothing(value)) {
      result.set(name, value.deepCopy());
    }
  }

  private static ArrayNode mergeLists(
      ArrayNode applied, ArrayNode desired, ArrayNode live, String field) {
    String key = ListMergeKeys.keyFor(field, desired, live);
    if (key != null) {
      return mergeByKey(applied, desired, live, field, key);
    }
    if (desired.size() == live.size() && allObjects(desired) && allObjects(live)) {
      ArrayNode result = live.arrayNode(desired.size());
      boolean appliedAligned = applied != null && applied.size() == desired.size();
      for (int i = 0; i < desired.size(); i++) {
        JsonNode appliedItem = appliedAligned ? applied.get(i) : null;
        result.add(merge(appliedItem, desired.get(i), live.get(i), field, field));
      }
      return result;
    }
    return desired.deepCopy();
  }

  /**
   * Merges keyed lists item by item. Items keep the live order (reordering alone is not drift, as
   * with a strategic merge patch); new desired items follow; live items neither desired nor last
   * applied belong to someone else and stay.
   */
  private static ArrayNode mergeByKey(
      ArrayNode applied, ArrayNode desired, ArrayNode live, String field, String key) {
    Map<JsonNode, JsonNode> desiredByKey = index(desired, key);
    Map<JsonNode, JsonNode> appliedByKey = applied == null ? Map.of() : index(applied, key);
    ArrayNode result = live.arrayNode(Math.max(desired.size(), live.size()));
    Set<JsonNode> liveKeys = new HashSet<>();
    for (JsonNode liveItem : live) {
      JsonNode id = liveItem.get(key);
      liveKeys.add(id);
      JsonNode desiredItem = desiredByKey.get(id);
      if (desiredItem != null) {
        result.add(merge(appliedByKey.get(id), desiredItem, liveItem, field, field));
      } else if (!appliedByKey.containsKey(id)) {
        result.add(liveItem);
      }
    }
    for (JsonNode desiredItem : desired) {
      if (!liveKeys.contains(desiredItem.get(key))) {
        result.add(desiredItem.deepCopy());
      }
    }
    return result;
  }

  private static Map<JsonNode, JsonNode> index(ArrayNode list, String key) {
    Map<JsonNode, JsonNode> byKey = new HashMap<>();
    for (JsonNode item : list) {
      JsonNode id = item.get(key);
      if (id != null) {
        byKey.put(id, item);
      }
    }
    return byKey;
  }

  private static boolean allObjects(ArrayNode list) {
    for (JsonNode item : list) {
      if (!item.isObject()) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameQuantity(
      JsonNode desired, JsonNode live, String parent, String field) {
    return KubeFields.isQuantityContext(parent, field)
        && desired.isValueNode()
        && live.isValueNode()
        && Quantity.sameValue(desired.asText(), live.asText());
  }
}
