package io.mooring.engine.diff;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.ResourceKey;
import java.util.List;

/**
 * Removes the fields that ignoreDifferences rules select from a desired (or last applied) object,
 * so that the predicted live object keeps the live values there and they never count as drift.
 */
final class IgnoredFields {
  private IgnoredFields() {}

  /** The rules among {@code rules} that apply to the object identified by {@code key}. */
  static List<IgnoreDifferences> rulesFor(List<IgnoreDifferences> rules, ResourceKey key) {
    return rules.stream().filter(rule -> rule.matches(key)).toList();
  }

  /**
   * {@code target} without the fields selected by {@code rules}; {@code live} is the live object as
   * read, whose managedFields serve managedFieldsManagers rules.
   */
  static ObjectNode remove(ObjectNode target, List<IgnoreDifferences> rules, JsonNode live) {
    JsonNode result = target;
    for (IgnoreDifferences rule : rules) {
      for (String pointer : rule.jsonPointers()) {
        removePointer(result, JsonPointer.compile(pointer));
      }
      for (String expression : rule.jqPathExpressions()) {
        result = JqDeletion.delete(result, expression);
      }
      if (!rule.managedFieldsManagers().isEmpty()) {
        removeManaged(result, rule.managedFieldsManagers(), live);
      }
    }
    return (ObjectNode) result;
  }

  private static void removePointer(JsonNode root, JsonPointer pointer) {
    if (pointer.matches()) {
      return;
    }
    JsonNode parent = root.at(pointer.head());
    String last = pointer.last().getMatchingProperty();
    if (parent instanceof ObjectNode object) {
      object.remove(last);
    } else if (parent instanceof ArrayNode array) {
      int index = pointer.last().getMatchingIndex();
      if (index >= 0 && index < array.size()) {
        array.remove(index);
      }
    }
  }

  private static void removeManaged(JsonNode root, List<String> managers, JsonNode live) {
    for (String manager : managers) {
      for (FieldPath path : OwnedFields.of(live, manager).leaves()) {
        path.removeFrom(root);
      }
    }
  }
}
