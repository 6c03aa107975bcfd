package io.mooring.engine.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a list of ignoreDifferences rules in an Application's {@code spec.ignoreDifferences} format
 * (YAML or JSON). Unknown fields are errors, so a misspelt {@code jsonPointer} does not silently
 * ignore nothing.
 */
public final class IgnoreDifferencesReader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> FIELDS =
      Set.of(
          "group",
          "kind",
          "name",
          "namespace",
          "jsonPointers",
          "jqPathExpressions",
          "managedFieldsManagers");

  private IgnoreDifferencesReader() {}

  /** Parses {@code text}; {@code source} names it in error messages. */
  public static List<IgnoreDifferences> read(String source, String text)
      throws IgnoreDifferencesFormatException {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IgnoreDifferencesFormatException(
          source + ": not valid YAML or JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return List.of();
    }
    if (!root.isArray()) {
      throw new IgnoreDifferencesFormatException(
          source + ": expected a list of ignoreDifferences rules, found " + root.getNodeType());
    }
    List<IgnoreDifferences> rules = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      rules.add(rule(source + ": rule " + (i + 1), root.get(i)));
    }
    return rules;
  }

  private static IgnoreDifferences rule(String where, JsonNode node)
      throws IgnoreDifferencesFormatException {
    if (!node.isObject()) {
      throw new IgnoreDifferencesFormatException(where + ": expected an object");
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new IgnoreDifferencesFormatException(
            where + ": unknown field '" + name + "' (expected one of " + FIELDS + ")");
      }
    }
    if (node.path("kind").asText("").isEmpty()) {
      throw new IgnoreDifferencesFormatException(where + ": kind is required (use '*' for any)");
    }
    try {
      return new IgnoreDifferences(
          text(where, node, "group"),
          text(where, node, "kind"),
          text(where, node, "name"),
          text(where, node, "namespace"),
          strings(where, node, "jsonPointers"),
          strings(where, node, "jqPathExpressions"),
          strings(where, node, "managedFieldsManagers"));
    } catch (IllegalArgumentException e) {
      throw new IgnoreDifferencesFormatException(where + ": " + e.getMessage(), e);
    }
  }

  private static String text(String where, JsonNode node, String field)
      throws IgnoreDifferencesFormatException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isValueNode()) {
      throw new IgnoreDifferencesFormatException(where + ": " + field + " must be a string");
    }
    return value.asText();
  }

  private static List<String> strings(String where, JsonNode node, String field)
      throws IgnoreDifferencesFormatException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new IgnoreDifferencesFormatException(
          where + ": " + field + " must be a list of strings");
    }
    List<String> result = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw new IgnoreDifferencesFormatException(
            where + ": " + field + " must be a list of strings, found " + item);
      }
      result.add(item.asText());
    }
    return result;
  }
}
