package io.mooring.engine.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields one field manager owns in an object, as a tree parsed from its managedFields
 * (FieldsV1) entries. A node without children owns its whole value.
 */
final class OwnedFields {
  private final Map<FieldPath.Step, OwnedFields> children = new LinkedHashMap<>();

  private OwnedFields() {}

  /** The fields {@code manager} owns according to the managedFields of {@code object}. */
  static OwnedFields of(JsonNode object, String manager) {
    OwnedFields root = new OwnedFields();
    for (JsonNode entry : object.path("metadata").path("managedFields")) {
      if (manager.equals(entry.path("manager").asText())) {
        root.add(entry.path("fieldsV1"));
      }
    }
    return root;
  }

  private void add(JsonNode fieldsV1) {
    for (Map.Entry<String, JsonNode> entry : fieldsV1.properties()) {
      FieldPath.Step step = FieldPath.parseStep(entry.getKey());
      if (step != null) {
        children.computeIfAbsent(step, s -> new OwnedFields()).add(entry.getValue());
      }
    }
  }

  /** True when this node owns its whole value (no finer-grained children). */
  boolean ownsAll() {
    return children.isEmpty();
  }

  /** The owned subtree for object field {@code name}, or null when not owned. */
  OwnedFields field(String name) {
    return children.get(new FieldPath.Field(name));
  }

  /** The owned subtree for list item {@code item} (by key, value or index), or null. */
  OwnedFields item(JsonNode item, int index) {
    for (Map.Entry<FieldPath.Step, OwnedFields> child : children.entrySet()) {
      if (FieldPath.identifies(child.getKey(), item, index)) {
        return child.getValue();
      }
    }
    return null;
  }

  /** Every leaf path of this tree. */
  List<FieldPath> leaves() {
    List<FieldPath> leaves = new ArrayList<>();
    collect(new ArrayList<>(), leaves);
    return leaves;
  }

  private void collect(List<FieldPath.Step> prefix, List<FieldPath> leaves) {
    if (children.isEmpty() && !prefix.isEmpty()) {
      leaves.add(new FieldPath(prefix));
    }
    for (Map.Entry<FieldPath.Step, OwnedFields> child : children.entrySet()) {
      prefix.add(child.getKey());
      child.getValue().collect(prefix, leaves);
      prefix.remove(prefix.size() - 1);
    }
  }
}
