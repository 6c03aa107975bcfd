package io.mooring.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.sandbox.api.MergeKeys.AsSet;
import io.mooring.sandbox.api.MergeKeys.ByKey;
import io.mooring.sandbox.api.MergeKeys.ListRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Strategic-merge patch as the API server applies it to built-in kinds: maps merge, null deletes,
 * lists with a merge key merge item by item, and the directives {@code $patch} (replace, delete),
 * {@code $retainKeys}, {@code $deleteFromPrimitiveList/…} and {@code $setElementOrder/…} are
 * understood. With {@link MergeKeys#none()} it is plain JSON merge patch (RFC 7386). Pure.
 */
public final class StrategicMergePatch {
  private static final String PATCH = "$patch";
  private static final String RETAIN_KEYS = "$retainKeys";
  private static final String DELETE_FROM = "$deleteFromPrimitiveList/";
  private static final String ELEMENT_ORDER = "$setElementOrder/";

  private final MergeKeys keys;

  public StrategicMergePatch(MergeKeys keys) {
    this.keys = keys;
  }

  /** Returns the patched copy of {@code original}; neither argument is changed. */
  public ObjectNode apply(ObjectNode original, ObjectNode patch) {
    JsonNode merged = mergeObject(original.deepCopy(), patch, "");
    return merged == null ? Json.MAPPER.createObjectNode() : (ObjectNode) merged;
  }

  private JsonNode mergeObject(ObjectNode target, ObjectNode patch, String parentField) {
    if (keys.isStrategic() && patch.has(PATCH)) {
      String directive = patch.get(PATCH).asText();
      if (directive.equals("delete")) {
        return null;
      }
      if (directive.equals("replace")) {
        return stripDirectives(patch);
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String field = entry.getKey();
      JsonNode value = entry.getValue();
      if (keys.isStrategic() && field.startsWith("$")) {
        applyDirective(target, field, value);
      } else if (value.isNull()) {
        target.remove(field);
      } else if (value.isObject() && target.path(field).isObject()) {
        JsonNode merged = mergeObject((ObjectNode) target.get(field), (ObjectNode) value, field);
        setOrRemove(target, field, merged);
      } else if (value.isArray() && target.path(field).isArray()) {
        target.set(
            field, mergeList((ArrayNode) target.get(field), (ArrayNode) value, field, parentField));
      } else {
        setOrRemove(target, field, stripDirectives(value));
      }
    }
    if (keys.isStrategic() && patch.has(RETAIN_KEYS)) {
      Set<String> retain = new HashSet<>();
      patch.get(RETAIN_KEYS).forEach(k -> retain.add(k.asText()));
      target.retain(retain);
    }
    return target;
  }

  private void applyDirective(ObjectNode target, String field, JsonNode value) {
    if (field.startsWith(DELETE_FROM)
        && target.path(field.substring(DELETE_FROM.length())).isArray()) {
      Set<JsonNode> doomed = new HashSet<>();
      value.forEach(doomed::add);
      ArrayNode list = (ArrayNode) target.get(field.substring(DELETE_FROM.length()));
      for (int i = list.size() - 1; i >= 0; i--) {
        if (doomed.contains(list.get(i))) {
          list.remove(i);
        }
      }
    }
    // $setElementOrder only orders items; $patch and $retainKeys are handled by the caller.
    if (!field.startsWith(ELEMENT_ORDER) && !field.equals(PATCH) && !field.equals(RETAIN_KEYS)) {
      target.remove(field);
    }
  }

  private JsonNode mergeList(ArrayNode target, ArrayNode patch, String field, String parentField) {
    Optional<ListRule> rule = keys.ruleFor(field, parentField);
    if (rule.isEmpty()) {
      return stripDirectives(patch);
    }
    if (rule.get() instanceof AsSet) {
      ArrayNode union = target.deepCopy();
      Set<JsonNode> present = new HashSet<>();
      union.forEach(present::add);
      patch.forEach(
          item -> {
            if (present.add(item)) {
              union.add(item);
            }
          });
      return union;
    }
    String key = ((ByKey) rule.get()).key();
    if (hasReplaceDirective(patch)) {
      return withoutDirectiveItems(patch);
    }
    ArrayNode merged = target.deepCopy();
    for (JsonNode item : patch) {
      if (!item.isObject() || !item.has(key)) {
        merged.add(stripDirectives(item));
        continue;
      }
      int index = indexOf(merged, key, item.get(key));
      boolean delete = item.has(PATCH) && item.get(PATCH).asText().equals("delete");
      if (delete) {
        if (index >= 0) {
          merged.remove(index);
        }
      } else if (index >= 0) {
        JsonNode result = mergeObject((ObjectNode) merged.get(index), (ObjectNode) item, field);
        merged.set(index, result);
      } else {
        merged.add(stripDirectives(item));
      }
    }
    return merged;
  }

  private static boolean hasReplaceDirective(ArrayNode patch) {
    for (JsonNode item : patch) {
      if (item.isObject() && item.size() == 1 && item.path(PATCH).asText().equals("replace")) {
        return true;
      }
    }
    return false;
  }

  private ArrayNode withoutDirectiveItems(ArrayNode patch) {
    ArrayNode result = Json.MAPPER.createArrayNode();
    for (JsonNode item : patch) {
      if (!(item.isObject() && item.size() == 1 && item.has(PATCH))) {
        result.add(stripDirectives(item));
      }
    }
    return result;
  }

  private static int indexOf(ArrayNode list, String key, JsonNode value) {
    for (int i = 0; i < list.size(); i++) {
      if (value.equals(list.get(i).get(key))) {
        return i;
      }
    }
    return -1;
  }

  private static void setOrRemove(ObjectNode target, String field, JsonNode value) {
    if (value == null) {
      target.remove(field);
    } else {
      target.set(field, value);
    }
  }

  private JsonNode stripDirectives(JsonNode node) {
    if (!keys.isStrategic()) {
      return stripNulls(node.deepCopy());
    }
    if (node.isObject()) {
      ObjectNode copy = Json.MAPPER.createObjectNode();
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode child = node.get(name);
        if (!name.startsWith("$") && !child.isNull()) {
          copy.set(name, stripDirectives(child));
        }
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = Json.MAPPER.createArrayNode();
      node.forEach(item -> copy.add(stripDirectives(item)));
      return copy;
    }
    return node;
  }

  private static JsonNode stripNulls(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> nulls = new ArrayList<>();
      object
          .fields()
          .forEachRemaining(
              e -> {
                if (e.getValue().isNull()) {
                  nulls.add(e.getKey());
                } else {
                  stripNulls(e.getValue());
                }
              });
      object.remove(nulls);
    }
    return node;
  }
}
