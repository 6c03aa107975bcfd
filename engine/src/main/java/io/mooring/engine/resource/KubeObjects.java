package io.mooring.engine.resource;

import com.fasterxml.jackson.databind.JsonNode;

/** Small read-only accessors for Kubernetes objects held as JSON trees. */
public final class KubeObjects {
  private KubeObjects() {}

  /** The API group of an object: the part of apiVersion before '/', or "" for the core group. */
  public static String group(JsonNode object) {
    String apiVersion = object.path("apiVersion").asText("");
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  /** The version part of apiVersion, such as {@code v1}. */
  public static String version(JsonNode object) {
    String apiVersion = object.path("apiVersion").asText("");
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
  }

  /** The value of a metadata annotation, or null when absent. */
  public static String annotation(JsonNode object, String key) {
    JsonNode value = object.path("metadata").path("annotations").get(key);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** The value of a metadata label, or null when absent. */
  public static String label(JsonNode object, String key) {
    JsonNode value = object.path("metadata").path("labels").get(key);
    return value == null || value.isNull() ? null : value.asText();
  }
}
