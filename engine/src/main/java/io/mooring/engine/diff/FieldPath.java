package io.mooring.engine.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * A path to one field of an object, in the vocabulary of Kubernetes managedFields (FieldsV1): an
 * object field, a list item found by its key fields, a set item found by its value, or a list
 * index.
 */
record FieldPath(List<Step> steps) {

  /** One step of a path. */
  sealed interface Step permits Field, Key, Value, Index {}

  /** An object field ({@code f:name}). */
  record Field(String name) implements Step {}

  /** A list item whose fields equal these ({@code k:{"name":"x"}}). */
  record Key(ObjectNode fields) implements Step {}

  /** A set item equal to this value ({@code v:"x"}). */
  record Value(JsonNode value) implements Step {}

  /** A list item at a position ({@code i:0}). */
  record Index(int index) implements Step {}

  FieldPath {
    steps = List.copyOf(steps);
  }

  /**
   * The step a FieldsV1 key stands for ({@code f:}, {@code k:}, {@code v:}, {@code i:}), or null.
   */
  static Step parseStep(String key) {
    String body = key.length() > 2 ? key.substring(2) : "";
    try {
      return switch (key.substring(0, Math.min(2, key.length()))) {
        case "f:" -> new Field(body);
        case "k:" -> CanonicalJson.read(body) instanceof ObjectNode o ? new Key(o) : null;
        case "v:" -> new Value(CanonicalJson.read(body));
        case "i:" -> new Index(Integer.parseInt(body));
        default -> null;
      };
    } catch (Exception e) {
      return null;
    }
  }

  /** The node at this path in {@code root}, or null. */
  JsonNode find(JsonNode root) {
    JsonNode node = root;
    for (Step step : steps) {
      node = node == null ? null : child(node, step);
    }
    return node;
  }

  /** Removes the field at this path from {@code root}, if present; true when removed. */
  boolean removeFrom(JsonNode root) {
    if (steps.isEmpty()) {
      return false;
    }
    JsonNode parent = new FieldPath(steps.subList(0, steps.size() - 1)).find(root);
    Step last = steps.get(steps.size() - 1);
    if (parent instanceof ObjectNode object && last instanceof Field f) {
      return object.remove(f.name()) != null;
    }
    if (parent instanceof ArrayNode array) {
      int index = indexIn(array, last);
      if (index >= 0) {
        array.remove(index);
        return true;
      }
    }
    return false;
  }

  static JsonNode child(JsonNode node, Step step) {
    if (step instanceof Field f) {
      return node.isObject() ? node.get(f.name()) : null;
    }
    if (node instanceof ArrayNode array) {
      int index = indexIn(array, step);
      return index < 0 ? null : array.get(index);
    }
    return null;
  }

  /** The position in {@code array} of the item {@code step} identifies, or -1. */
  static int indexIn(ArrayNode array, Step step) {
    for (int i = 0; i < array.size(); i++) {
      if (identifies(step, array.get(i), i)) {
        return i;
      }
    }
    return -1;
  }

  /** True when {@code step} identifies {@code item}, found at {@code index} of its list. */
  static boolean identifies(Step step, JsonNode item, int index) {
    if (step instanceof Index i) {
      return i.index() == index;
    }
    if (step instanceof Value v) {
      return Equivalence.equivalent(item, v.value());
    }
    return step instanceof Key k && matchesKey(item, k.fields());
  }

  static boolean matchesKey(JsonNode item, ObjectNode key) {
    for (Map.Entry<String, JsonNode> field : key.properties()) {
      if (!Equivalence.equivalent(item.get(field.getKey()), field.getValue())) {
        return false;
      }
    }
    return item.isObject();
  }
}
