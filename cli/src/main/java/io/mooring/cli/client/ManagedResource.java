package io.mooring.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.model.ModelCodec;
import java.io.IOException;

/**
 * One item of {@code GET …/managed-resources} (Argo CD's ResourceDiff): the server's comparison of
 * a resource, Secret values masked.
 *
 * @param target the rendered object with tracking applied, or null when it is no longer in Git
 * @param live the live object, or null when it is missing
 * @param diff the server's unified diff (empty when in sync)
 */
public record ManagedResource(
    String group,
    String kind,
    String namespace,
    String name,
    ObjectNode target,
    ObjectNode live,
    String diff,
    boolean hook,
    boolean modified) {

  /** {@code GROUP/KIND NAMESPACE/NAME}, the group empty for core kinds. */
  public String label() {
    return group + "/" + kind + " " + (namespace.isEmpty() ? "" : namespace + "/") + name;
  }

  static ManagedResource of(JsonNode item) {
    return new ManagedResource(
        item.path("group").asText(""),
        item.path("kind").asText(""),
        item.path("namespace").asText(""),
        item.path("name").asText(""),
        state(item.path("targetState").asText("null")),
        state(item.path("liveState").asText("null")),
        item.path("diff").asText(""),
        item.path("hook").asBoolean(false),
        item.path("modified").asBoolean(false));
  }

  private static ObjectNode state(String json) {
    try {
      JsonNode node = ModelCodec.jsonMapper().readTree(json);
      return node instanceof ObjectNode object ? object : null;
    } catch (IOException e) {
      throw ClientException.apiError(0, "the server sent a resource state that is not JSON: " + e);
    }
  }
}
