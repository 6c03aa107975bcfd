package io.mooring.sandbox.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** The one JSON (and YAML) mapper of the sandbox, and small helpers over Jackson trees. */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper YAML = new YAMLMapper();

  private Json() {}

  /** Parses JSON, or YAML when the text is not JSON (server-side apply bodies are YAML). */
  public static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException notJson) {
      try {
        return YAML.readTree(text);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(
            "request body is neither JSON nor YAML: " + e.getOriginalMessage(), e);
      }
    }
  }

  public static ObjectNode parseObject(String text) {
    JsonNode node = parse(text);
    if (!(node instanceof ObjectNode object)) {
      throw new IllegalArgumentException("expected a JSON object, got " + node.getNodeType());
    }
    return object;
  }

  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** metadata of an object, created when absent. */
  public static ObjectNode metadata(ObjectNode object) {
    return object.has("metadata") && object.get("metadata").isObject()
        ? (ObjectNode) object.get("metadata")
        : object.putObject("metadata");
  }

  /** A text field at a dotted path ("metadata.name"), or null. */
  public static String text(JsonNode node, String dottedPath) {
    JsonNode current = node;
    for (String part : dottedPath.split("\\.")) {
      if (current == null) {
        return null;
      }
      current = current.get(part);
    }
    return current == null || current.isNull() ? null : current.asText();
  }
}
