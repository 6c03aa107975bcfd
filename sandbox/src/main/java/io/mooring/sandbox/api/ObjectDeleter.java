package io.mooring.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Deletes one object the way the API server does: Foreground adds the {@code foregroundDeletion}
 * finalizer, Orphan strips the owner reference from dependents, a Namespace gets the {@code
 * kubernetes} finalizer and phase Terminating; finalizers keep the object, marked with a
 * deletionTimestamp, until they are removed.
 */
public final class ObjectDeleter {
  public static final String FOREGROUND_FINALIZER = "foregroundDeletion";
  public static final String NAMESPACE_FINALIZER = "kubernetes";

  private final Store store;

  public ObjectDeleter(Store store) {
    this.store = store;
  }

  /**
   * Deletes the object at a path; returns it as it is afterwards: present with a deletionTimestamp
   * while finalizers hold it, otherwise its last state. Empty when there was nothing to delete.
   */
  public Optional<ObjectNode> delete(String objectPath, Propagation propagation) {
    return store.locked(
        () -> {
          Optional<ObjectNode> found = store.get(objectPath);
          if (found.isEmpty()) {
            return Optional.empty();
          }
          ObjectNode live = found.get();
          if (live.path("metadata").has("deletionTimestamp")) {
            return Optional.of(live);
          }
          if ("Namespace".equals(live.path("kind").asText())) {
            addFinalizer(live, NAMESPACE_FINALIZER);
            live.putObject("status").put("phase", "Terminating");
            live =
                Responses.bodyOf(store.replace(objectPath, live), "marking namespace terminating");
          } else if (propagation == Propagation.FOREGROUND) {
            addFinalizer(live, FOREGROUND_FINALIZER);
            live = Responses.bodyOf(store.replace(objectPath, live), "adding foregroundDeletion");
          } else if (propagation == Propagation.ORPHAN) {
            orphanDependentsOf(live.path("metadata").path("uid").asText());
          }
          store.delete(objectPath);
          return Optional.of(store.get(objectPath).orElse(live));
        });
  }

  private void orphanDependentsOf(String ownerUid) {
    ResourceTypes types = new ResourceTypes(store);
    for (ObjectNode dependent : store.snapshot()) {
      ArrayNode refs = (ArrayNode) dependent.path("metadata").get("ownerReferences");
      if (refs == null || !removeOwner(refs, ownerUid)) {
        continue;
      }
      types
          .byKind(dependent.path("apiVersion").asText(), dependent.path("kind").asText())
          .ifPresent(
              type -> {
                String path =
                    ApiPath.objectPath(
                        type,
                        Json.text(dependent, "metadata.namespace"),
                        Json.text(dependent, "metadata.name"));
                store.replace(path, dependent);
              });
    }
  }

  private static boolean removeOwner(ArrayNode refs, String ownerUid) {
    boolean removed = false;
    for (int i = refs.size() - 1; i >= 0; i--) {
      if (ownerUid.equals(refs.get(i).path("uid").asText())) {
        refs.remove(i);
        removed = true;
      }
    }
    return removed;
  }

  /** Adds a finalizer to an object unless it is already there. */
  public static void addFinalizer(ObjectNode object, String finalizer) {
    ObjectNode meta = Json.metadata(object);
    ArrayNode finalizers =
        meta.path("finalizers").isArray()
            ? (ArrayNode) meta.get("finalizers")
            : meta.putArray("finalizers");
    for (JsonNode f : finalizers) {
      if (f.asText().equals(finalizer)) {
        return;
      }
    }
    finalizers.add(finalizer);
  }

  /** Removes a finalizer from an object; true when it was there. */
  public static boolean removeFinalizer(ObjectNode object, String finalizer) {
    JsonNode finalizers = object.path("metadata").path("finalizers");
    if (!finalizers.isArray()) {
      return false;
    }
    ArrayNode list = (ArrayNode) finalizers;
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).asText().equals(finalizer)) {
        list.remove(i);
        return true;
      }
    }
    return false;
  }
}
