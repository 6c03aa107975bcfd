package io.mooring.kube.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.ResourceKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One live object as the cache holds it: its key, uid, the application it is tracked to (if any),
 * the uids of its owners, and the object itself. The object is shared: treat it as read-only and
 * {@code deepCopy()} it before changing anything.
 */
public record CachedResource(
    ResourceKey key, String uid, Optional<String> app, List<String> ownerUids, ObjectNode object) {

  public CachedResource {
    ownerUids = List.copyOf(ownerUids);
  }

  /** Reads key, uid, owners and tracking from {@code object}. */
  public static CachedResource of(ObjectNode object, ResourceTracking tracking) {
    JsonNode metadata = object.path("metadata");
    List<String> owners = new ArrayList<>();
    for (JsonNode owner : metadata.path("ownerReferences")) {
      String uid = owner.path("uid").asText("");
      if (!uid.isEmpty()) {
        owners.add(uid);
      }
    }
    return new CachedResource(
        ResourceKey.of(object),
        metadata.path("uid").asText(""),
        tracking.appOf(object),
        owners,
        object);
  }

  /** The object's resourceVersion. */
  public String resourceVersion() {
    return object.path("metadata").path("resourceVersion").asText("");
  }
}
