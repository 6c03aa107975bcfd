package io.mooring.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One YAML or JSON document read from a file, before it is bound to a model type.
 *
 * @param source the file as the caller named it
 * @param index the 0-based position of the document in the file (empty documents count)
 * @param tree the document as a JSON tree
 */
public record ModelDocument(String source, int index, JsonNode tree) {
  /** The document's {@code apiVersion}, or "" when absent. */
  public String apiVersion() {
    return tree.path("apiVersion").asText("");
  }

  /** The document's {@code kind}, or "" when absent. */
  public String kind() {
    return tree.path("kind").asText("");
  }
}
