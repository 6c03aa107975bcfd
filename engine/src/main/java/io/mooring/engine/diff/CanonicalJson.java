package io.mooring.engine.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** JSON trees with object keys in sorted order, and their compact text: stable across runs. */
final class CanonicalJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private CanonicalJson() {}

  /** A copy of {@code node} whose object keys are sorted, recursively. */
  static JsonNode sorted(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      Collections.sort(names);
      ObjectNode copy = MAPPER.createObjectNode();
      for (String name : names) {
        copy.set(name, sorted(object.get(name)));
      }
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = MAPPER.createArrayNode();
      array.forEach(item -> copy.add(sorted(item)));
      return copy;
    }
    return node;
  }

  /** Compact JSON with sorted keys. */
  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(sorted(node));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses JSON text into a tree. */
  static JsonNode read(String text) throws JsonProcessingException {
    return MAPPER.readTree(text);
  }
}
