package io.mooring.kube.event;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The object an Event is about, by identity only (apiVersion, kind, namespace, name, uid): an Event
 * never carries the object's content, so a Secret's data cannot leak into one.
 */
public record InvolvedObject(
    String apiVersion, String kind, String namespace, String name, String uid) {

  /** The identity of {@code object}; nothing else of it is read. */
  public static InvolvedObject of(JsonNode object) {
    JsonNode metadata = object.path("metadata");
    return new InvolvedObject(
        object.path("apiVersion").asText(""),
        object.path("kind").asText(""),
        metadata.path("namespace").asText(""),
        metadata.path("name").asText(""),
        metadata.path("uid").asText(""));
  }
}
