package io.mooring.engine.resource;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Kubernetes objects from YAML (multi-document) or JSON text. Empty documents (a trailing
 * {@code ---}, comments only) are skipped but still counted, so document indexes match what a user
 * sees. A {@code kind: List} (or any {@code *List} with {@code items}) is expanded into its items.
 */
public final class ManifestReader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private ManifestReader() {}

  /** Parses every object in {@code text}; {@code source} names the file in errors. */
  public static List<ManifestDocument> read(String source, String text)
      throws ManifestParseException {
    List<ManifestDocument> documents = new ArrayList<>();
    int index = 0;
    try (JsonParser parser = YAML.getFactory().createParser(text);
        MappingIterator<JsonNode> iterator = YAML.readValues(parser, JsonNode.class)) {
      while (iterator.hasNextValue()) {
        JsonNode node = iterator.nextValue();
        if (!isEmptyDocument(node)) {
          addObjects(source, index, node, documents);
        }
        index++;
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new ManifestParseException(
          source + ": document " + index + ": invalid YAML" + where + ": " + sentences(e), e);
    } catch (IOException e) {
      throw new ManifestParseException(source + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new ManifestParseException(
          source + ": document " + index + ": invalid YAML: " + e.getMessage(), e);
    }
    return documents;
  }

  private static void addObjects(
      String source, int index, JsonNode node, List<ManifestDocument> documents)
      throws ManifestParseException {
    if (!node.isObject()) {
      throw new ManifestParseException(
          source + ": document " + index + ": expected an object, found " + node.getNodeType());
    }
    ObjectNode object = (ObjectNode) node;
    if (isList(object)) {
      for (JsonNode item : object.path("items")) {
        addObjects(source, index, item, documents);
      }
      return;
    }
    documents.add(new ManifestDocument(source, index, object));
  }

  /**
   * The parser's explanation without the excerpt of the offending text it quotes: manifests may
   * hold Secret values, and errors end up in logs and conditions.
   */
  private static String sentences(JsonProcessingException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    return message
        .lines()
        .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
        .collect(java.util.stream.Collectors.joining("; "));
  }

  /** A document holding nothing (only comments, or a trailing {@code ---}). */
  private static boolean isEmptyDocument(JsonNode node) {
    return node == null
        || node.isNull()
        || node.isMissingNode()
        || (node.isTextual() && node.asText().isEmpty());
  }

  private static boolean isList(ObjectNode object) {
    return object.path("kind").asText("").endsWith("List") && object.path("items").isArray();
  }
}
