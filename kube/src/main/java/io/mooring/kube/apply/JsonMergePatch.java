package io.mooring.kube.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * RFC 7386 JSON merge patches between two objects: keys that differ take the target's value (arrays
 * are replaced whole), keys only in the source become {@code null}.
 */
final class JsonMergePatch {
  private JsonMergePatch() {}

  /** The merge patch that turns {@code from} into {@code to}; empty when they are equal. */
  static ObjectNode diff(ObjectNode from, ObjectNode to) {
    ObjectNode patch = JsonNodeFactory.instance.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = to.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode before = from.get(field.getKey());
      JsonNode after = field.getValue();
      if (before instanceof ObjectNode beforeObject
          && after instanceof ObjectNode afterObject
          && !afterObject.isEmpty()) {
        ObjectNode nested = diff(beforeObject, afterObject);
        if (!nested.isEmpty()) {
          patch.set(field.getKey(), nested);
        }
      } else if (before == null || !before.equals(after)) {
        patch.set(field.getKey(), after.deepCopy());
      }
    }
    for (Iterator<String> it = from.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!to.has(name)) {
        patch.putNull(name);
      }
    }
    return patch;
  }

  /** Only the deletions ({@code null} values) of {@code patch}, with the objects that hold them. */
  static ObjectNode deletionsOf(ObjectNode patch) {
    ObjectNode kept = JsonNodeFactory.instance.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode value = field.getValue();
      if (value.isNull()) {
        kept.putNull(field.getKey());
      } else if (value instanceof ObjectNode object && !object.isEmpty()) {
        ObjectNode nested = deletionsOf(object);
        if (!nested.isEmpty()) {
          kept.set(field.getKey(), nested);
        }
      }
    }
    return kept;
  }

  /**
   * {@code patch} without its deletions. An explicitly empty object is a value and is kept; an
   * object left empty by removing its deletions is dropped.
   */
  static ObjectNode withoutDeletions(ObjectNode patch) {
    ObjectNode kept = JsonNodeFactory.instance.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode value = field.getValue();
      if (value.isNull()) {
        continue;
      }
      if (value instanceof ObjectNode object && !object.isEmpty()) {
        ObjectNode nested = withoutDeletions(object);
        if (!nested.isEmpty()) {
          kept.set(field.getKey(), nested);
        }
      } else {
        kept.set(field.getKey(), value);
      }
    }
    return kept;
  }

  /** Merges {@code overlay} into a copy of {@code base}, object by object. */
  static ObjectNode merge(ObjectNode base, ObjectNode overlay) {
    ObjectNode merged = base.deepCopy();
    for (Iterator<Map.Entry<String, JsonNode>> it = overlay.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode existing = merged.get(field.getKey());
      if (existing instanceof ObjectNode existingObject
          && field.getValue() instanceof ObjectNode overlayObject) {
        merged.set(field.getKey(), merge(existingObject, overlayObject));
      } else {
        merged.set(field.getKey(), field.getValue().deepCopy());
      }
    }
    return merged;
  }
}
