package io.mooring.source.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns {@code forceString} Helm parameters ({@code --set-string a.b[0].c=value}) into a values
 * tree with string leaves, since helm-java offers no {@code --set-string}. Handles dotted keys,
 * {@code \.} escapes and {@code [n]} list indexes.
 */
final class HelmParameters {
  private HelmParameters() {}

  /** Sets {@code value} as a string at parameter path {@code name} inside {@code values}. */
  static void setString(ObjectNode values, String name, String value) throws SourceException {
    List<Object> path = parsePath(name);
    JsonNode current = values;
    for (int i = 0; i < path.size(); i++) {
      Object key = path.get(i);
      boolean last = i == path.size() - 1;
      Object next = last ? null : path.get(i + 1);
      if (key instanceof String field) {
        ObjectNode object = (ObjectNode) current;
        if (last) {
          object.put(field, value);
        } else {
          current = child(object.get(field), next, n -> object.set(field, n));
        }
      } else {
        ArrayNode array = (ArrayNode) current;
        int index = (Integer) key;
        while (array.size() <= index) {
          array.addNull();
        }
        if (last) {
          array.set(index, JsonNodeFactory.instance.textNode(value));
        } else {
          current = child(array.get(index), next, n -> array.set(index, n));
        }
      }
    }
  }

  private static JsonNode child(
      JsonNode existing, Object nextKey, java.util.function.Consumer<JsonNode> attach) {
    boolean wantArray = nextKey instanceof Integer;
    if (existing != null && (wantArray ? existing.isArray() : existing.isObject())) {
      return existing;
    }
    JsonNode created =
        wantArray ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode();
    attach.accept(created);
    return created;
  }

  /** Splits {@code a.b\.c[2].d} into ["a", "b.c", 2, "d"]. */
  static List<Object> parsePath(String name) throws SourceException {
    List<Object> parts = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\\' && i + 1 < name.length()) {
        field.append(name.charAt(++i));
      } else if (c == '.') {
        flush(parts, field, name);
      } else if (c == '[') {
        int close = name.indexOf(']', i);
        if (close < 0) {
          throw invalid(name);
        }
        flushIfAny(parts, field);
        try {
          parts.add(Integer.parseInt(name.substring(i + 1, close)));
        } catch (NumberFormatException e) {
          throw invalid(name);
        }
        i = close;
      } else {
        field.append(c);
      }
    }
    flushIfAny(parts, field);
    if (parts.isEmpty() || parts.get(0) instanceof Integer) {
      throw invalid(name);
    }
    return parts;
  }

  private static void flush(List<Object> parts, StringBuilder field, String name)
      throws SourceException {
    if (field.length() == 0 && (parts.isEmpty() || parts.get(parts.size() - 1) instanceof String)) {
      throw invalid(name);
    }
    flushIfAny(parts, field);
  }

  private static void flushIfAny(List<Object> parts, StringBuilder field) {
    if (field.length() > 0) {
      parts.add(field.toString());
      field.setLength(0);
    }
  }

  private static SourceException invalid(String name) {
    return new SourceException(
        Reason.INVALID_SOURCE, "helm parameter name '" + name + "' is not a valid value path");
  }
}
