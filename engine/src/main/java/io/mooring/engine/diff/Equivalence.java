package io.mooring.engine.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Semantic equality of JSON trees as the API server sees them: a null, an absent field, an empty
 * object and an empty list are all "nothing"; numbers compare by value ({@code 2} = {@code 2.0}).
 */
final class Equivalence {
  private Equivalence() {}

  static boolean equivalent(JsonNode a, JsonNode b) {
    boolean aEmpty = isNothing(a);
    boolean bEmpty = isNothing(b);
    if (aEmpty || bEmpty) {
      return aEmpty && bEmpty;
    }
    if (a.isObject() && b.isObject()) {
      return sameFields(a, b) && onlyNothingBeyond(b, a);
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!equivalent(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }

  /** Every field of {@code a} has an equivalent in {@code b}. */
  private static boolean sameFields(JsonNode a, JsonNode b) {
    Iterator<String> names = a.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!equivalent(a.get(name), b.get(name))) {
        return false;
      }
    }
    return true;
  }

  /** Every field of {@code b} that {@code a} lacks is nothing. */
  private static boolean onlyNothingBeyond(JsonNode b, JsonNode a) {
    for (Map.Entry<String, JsonNode> field : b.properties()) {
      if (!a.has(field.getKey()) && !isNothing(field.getValue())) {
        return false;
      }
    }
    return true;
  }

  static boolean isNothing(JsonNode node) {
    return node == null
        || node.isNull()
        || node.isMissingNode()
        || (node.isContainerNode() && node.isEmpty());
  }
}
