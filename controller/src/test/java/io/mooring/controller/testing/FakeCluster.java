package io.mooring.controller.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.controller.ports.ClusterWriter;
import io.mooring.controller.ports.LiveState;
import io.mooring.engine.resource.GroupKind;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.model.Application;
import io.mooring.model.ApplicationDestination;
import io.mooring.model.ModelCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A cluster in memory for operation tests: objects are stored as applied; Jobs complete at once (or
 * fail when annotated {@code test/fail}, or keep running when annotated {@code test/runs});
 * Deployments are Progressing until {@link #rollOut} makes them available. Every write is logged in
 * order.
 */
public final class FakeCluster implements LiveState, ClusterWriter {
  private static final String IN_CLUSTER_SERVER = "https://kubernetes.default.svc";
  private static final java.util.Set<String> CLUSTER_SCOPED =
      java.util.Set.of("Namespace", "ClusterRole", "ClusterRoleBinding");
  private static final String TRACKING_LABEL = "app.kubernetes.io/instance";
  public final Map<ResourceKey, ObjectNode> objects = new LinkedHashMap<>();
  public final List<String> writes = new ArrayList<>();

  @Override
  public Map<ResourceKey, ObjectNode> managedResources(Application app) {
    Map<ResourceKey, ObjectNode> managed = new LinkedHashMap<>();
    objects.forEach(
        (key, object) -> {
          if (app.metadata.name.equals(
              object.path("metadata").path("labels").path("app.kubernetes.io/instance").asText())) {
            managed.put(key, object.deepCopy());
          }
        });
    return managed;
  }

  @Override
  public Optional<LiveObject> find(Application app, ResourceKey key) {
    return Optional.ofNullable(objects.get(key)).map(object -> liveObject(object, true));
  }

  @Override
  public List<LiveObject> inNamespace(Application app, String namespace) {
    List<LiveObject> found = new ArrayList<>();
    objects.forEach(
        (key, object) -> {
          if (key.namespace().equals(namespace)) {
            found.add(liveObject(object, false));
          }
        });
    return found;
  }

  /** The in-cluster destination is known both by its server and by its name. */
  @Override
  public ApplicationDestination resolvedDestination(Application app) {
    ApplicationDestination resolved = ModelCodec.copy(app.spec.destination);
    if (IN_CLUSTER_SERVER.equals(resolved.server) && resolved.name == null) {
      resolved.name = "in-cluster";
    } else if ("in-cluster".equals(resolved.name) && resolved.server == null) {
      resolved.server = IN_CLUSTER_SERVER;
    }
    return resolved;
  }

  private static LiveObject liveObject(ObjectNode object, boolean copy) {
    List<String> owners = new ArrayList<>();
    object
        .path("metadata")
        .path("ownerReferences")
        .forEach(o -> owners.add(o.path("uid").asText()));
    String app = object.path("metadata").path("labels").path(TRACKING_LABEL).asText("");
    return new LiveObject(
        ResourceKey.of(object),
        object.path("metadata").path("uid").asText(""),
        owners,
        app.isEmpty() ? Optional.empty() : Optional.of(app),
        copy ? object.deepCopy() : object);
  }

  @Override
  public boolean isNamespaced(Application app, GroupKind groupKind) {
    return !CLUSTER_SCOPED.contains(groupKind.kind());
  }

  @Override
  public ObjectNode tracked(Application app, ObjectNode desired) {
    ObjectNode copy = desired.deepCopy();
    copy.with("metadata").with("labels").put("app.kubernetes.io/instance", app.metadata.name);
    return copy;
  }

  @Override
  public String apply(Application app, ObjectNode object, Apply how) throws WriteFailure {
    ResourceKey key = ResourceKey.of(object);
    if (object.path("metadata").path("annotations").has("test/refuse")) {
      throw new WriteFailure(
          key.kind() + " " + key.name() + " is invalid: spec: Required value", null);
    }
    if (how.dryRun()) {
      writes.add("dry-run " + key.kind() + "/" + key.name());
      return "configured (dry run)";
    }
    boolean exists = objects.containsKey(key);
    ObjectNode stored = object.deepCopy();
    stored.with("metadata").put("uid", UUID.randomUUID().toString());
    if (key.kind().equals("Job") && object.path("metadata").path("annotations").has("test/runs")) {
      stored.set("status", stored.objectNode().put("active", 1));
    } else if (key.kind().equals("Job")) {
      boolean fail = object.path("metadata").path("annotations").has("test/fail");
      stored.set(
          "status",
          stored
              .objectNode()
              .put(fail ? "failed" : "succeeded", 1)
              .set(
                  "conditions",
                  stored
                      .arrayNode()
                      .add(
                          stored
                              .objectNode()
                              .put("type", fail ? "Failed" : "Complete")
                              .put("status", "True")
                              .put("message", fail ? "migration failed: table exists" : "done"))));
    }
    if (key.kind().equals("Deployment")) {
      stored.set("status", stored.objectNode().put("observedGeneration", 0));
      stored.with("metadata").put("generation", 1);
    }
    objects.put(key, stored);
    writes.add("apply " + key.kind() + "/" + key.name());
    return exists ? "configured" : "created";
  }

  @Override
  public void delete(Application app, ResourceKey key, String propagation) {
    if (objects.remove(key) != null) {
      writes.add("delete " + key.kind() + "/" + key.name());
    }
  }

  @Override
  public void ensureNamespace(
      Application app,
      String namespace,
      Map<String, String> labels,
      Map<String, String> annotations) {
    writes.add("namespace " + namespace);
  }

  /** Makes every Deployment report all replicas available. */
  public void rollOut() {
    objects.forEach(
        (key, object) -> {
          if (key.kind().equals("Deployment")) {
            int replicas = object.path("spec").path("replicas").asInt(1);
            object.set(
                "status",
                object
                    .objectNode()
                    .put("observedGeneration", 1)
                    .put("replicas", replicas)
                    .put("updatedReplicas", replicas)
                    .put("readyReplicas", replicas)
                    .put("availableReplicas", replicas));
          }
        });
  }
}
