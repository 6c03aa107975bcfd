package io.mooring.engine.resource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Identifies one Kubernetes object the way Argo CD does: group, kind, namespace and name. The group
 * is empty for the core group; the namespace is empty for cluster-scoped objects.
 */
public record ResourceKey(String group, String kind, String namespace, String name) {

  /** The key of an object given as JSON (apiVersion, kind, metadata.namespace, metadata.name). */
  public static ResourceKey of(JsonNode object) {
    JsonNode metadata = object.path("metadata");
    return new ResourceKey(
        KubeObjects.group(object),
        object.path("kind").asText(""),
        metadata.path("namespace").asText(""),
        metadata.path("name").asText(""));
  }

  /** The group and kind of this key. */
  public GroupKind groupKind() {
    return new GroupKind(group, kind);
  }

  /** {@code group/Kind/namespace/name}, as used in Argo CD messages. */
  @Override
  public String toString() {
    return group + "/" + kind + "/" + namespace + "/" + name;
  }
}
