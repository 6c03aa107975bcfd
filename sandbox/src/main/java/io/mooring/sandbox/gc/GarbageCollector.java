package io.mooring.sandbox.gc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.sandbox.api.ApiPath;
import io.mooring.sandbox.api.Json;
import io.mooring.sandbox.api.ObjectDeleter;
import io.mooring.sandbox.api.Propagation;
import io.mooring.sandbox.api.ResourceType;
import io.mooring.sandbox.api.ResourceTypes;
import io.mooring.sandbox.api.Store;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The garbage collector and namespace finalizer of the sandbox. After every deletion it sweeps the
 * store once: objects whose owners are all gone are deleted (background propagation), owners held
 * by {@code foregroundDeletion} lose their dependents first and then the finalizer, and a
 * terminating namespace loses its content and then its {@code kubernetes} finalizer. Other
 * finalizers are left to whoever owns them.
 */
public final class GarbageCollector implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GarbageCollector.class);

  private final Store store;
  private final ResourceTypes types;
  private final ObjectDeleter deleter;
  private final ExecutorService executor;
  private final AtomicBoolean sweepPending = new AtomicBoolean();

  public GarbageCollector(Store store) {
    this.store = store;
    this.types = new ResourceTypes(store);
    this.deleter = new ObjectDeleter(store);
    this.executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "sandbox-gc");
              t.setDaemon(true);
              return t;
            });
  }

  /** Asks for a sweep soon; requests arriving before it starts are merged into it. */
  public void requestSweep() {
    if (sweepPending.compareAndSet(false, true)) {
      executor.execute(
          () -> {
            sweepPending.set(false);
            try {
              if (sweep()) {
                requestSweep();
              }
            } catch (RuntimeException e) {
              LOG.warn("garbage collection sweep failed: {}", e.getMessage(), e);
            }
          });
    }
  }

  /** One pass over the store; true when it deleted or released something. */
  boolean sweep() {
    Snapshot snapshot = new Snapshot(store.snapshot(), types.all());
    boolean changed = false;
    for (ObjectNode object : snapshot.objects) {
      if (isDeleting(object)) {
        changed |= finishForeground(snapshot, object) | finishNamespace(snapshot, object);
      } else if (snapshot.allOwnersGone(object)) {
        changed |= delete(snapshot, object, Propagation.BACKGROUND);
      }
    }
    return changed;
  }

  private boolean finishForeground(Snapshot snapshot, ObjectNode owner) {
    if (!hasFinalizer(owner, ObjectDeleter.FOREGROUND_FINALIZER)) {
      return false;
    }
    List<ObjectNode> dependents = snapshot.dependentsOf(Json.text(owner, "metadata.uid"));
    if (dependents.isEmpty()) {
      return release(snapshot, owner, ObjectDeleter.FOREGROUND_FINALIZER);
    }
    boolean changed = false;
    for (ObjectNode dependent : dependents) {
      if (!isDeleting(dependent)) {
        changed |= delete(snapshot, dependent, Propagation.FOREGROUND);
      }
    }
    return changed;
  }

  private boolean finishNamespace(Snapshot snapshot, ObjectNode namespace) {
    if (!"Namespace".equals(Json.text(namespace, "kind"))
        || !hasFinalizer(namespace, ObjectDeleter.NAMESPACE_FINALIZER)) {
      return false;
    }
    List<ObjectNode> content = snapshot.inNamespace(Json.text(namespace, "metadata.name"));
    if (content.isEmpty()) {
      return release(snapshot, namespace, ObjectDeleter.NAMESPACE_FINALIZER);
    }
    boolean changed = false;
    for (ObjectNode object : content) {
      if (!isDeleting(object)) {
        changed |= delete(snapshot, object, Propagation.BACKGROUND);
      }
    }
    return changed;
  }

  private boolean delete(Snapshot snapshot, ObjectNode object, Propagation propagation) {
    Optional<String> path = snapshot.pathOf(object);
    if (path.isEmpty()) {
      return false;
    }
    LOG.debug("garbage collecting {} ({})", path.get(), propagation);
    return deleter.delete(path.get(), propagation).isPresent();
  }

  private boolean release(Snapshot snapshot, ObjectNode object, String finalizer) {
    Optional<String> path = snapshot.pathOf(object);
    if (path.isEmpty()) {
      return false;
    }
    return store.locked(
        () -> {
          Optional<ObjectNode> live = store.get(path.get());
          if (live.isEmpty() || !ObjectDeleter.removeFinalizer(live.get(), finalizer)) {
            return false;
          }
          store.replace(path.get(), live.get());
          return true;
        });
  }

  private static boolean isDeleting(JsonNode object) {
    return object.path("metadata").has("deletionTimestamp");
  }

  private static boolean hasFinalizer(JsonNode object, String finalizer) {
    for (JsonNode f : object.path("metadata").path("finalizers")) {
      if (f.asText().equals(finalizer)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }

  /** The store at one moment, indexed by uid, owner and namespace. */
  private static final class Snapshot {
    final List<ObjectNode> objects;
    final List<ResourceType> types;
    final Set<String> uids = new HashSet<>();
    final Map<String, List<ObjectNode>> byOwner = new HashMap<>();
    final Map<String, List<ObjectNode>> byNamespace = new HashMap<>();

    Snapshot(List<ObjectNode> objects, List<ResourceType> types) {
      this.objects = objects;
      this.types = types;
      for (ObjectNode object : objects) {
        uids.add(Json.text(object, "metadata.uid"));
        for (JsonNode ref : object.path("metadata").path("ownerReferences")) {
          byOwner.computeIfAbsent(ref.path("uid").asText(), k -> new ArrayList<>()).add(object);
        }
        String namespace = Json.text(object, "metadata.namespace");
        if (namespace != null && !"Namespace".equals(Json.text(object, "kind"))) {
          byNamespace.computeIfAbsent(namespace, k -> new ArrayList<>()).add(object);
        }
      }
    }

    boolean allOwnersGone(JsonNode object) {
      JsonNode refs = object.path("metadata").path("ownerReferences");
      if (!refs.isArray() || refs.isEmpty()) {
        return false;
      }
      for (JsonNode ref : refs) {
        if (uids.contains(ref.path("uid").asText())) {
          return false;
        }
      }
      return true;
    }

    List<ObjectNode> dependentsOf(String uid) {
      return byOwner.getOrDefault(uid, List.of());
    }

    List<ObjectNode> inNamespace(String namespace) {
      return byNamespace.getOrDefault(namespace, List.of());
    }

    Optional<String> pathOf(ObjectNode object) {
      String apiVersion = Json.text(object, "apiVersion");
      String kind = Json.text(object, "kind");
      return types.stream()
          .filter(t -> t.groupVersion().equals(apiVersion) && t.kind().equals(kind))
          .findFirst()
          .map(
              t ->
                  ApiPath.objectPath(
                      t,
                      Json.text(object, "metadata.namespace"),
                      Json.text(object, "metadata.name")));
    }
  }
}
