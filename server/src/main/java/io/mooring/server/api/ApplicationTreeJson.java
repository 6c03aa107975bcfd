package io.mooring.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.controller.ports.LiveState.LiveObject;
import io.mooring.controller.ports.LiveTree.LiveNode;
import io.mooring.controller.ports.LiveTree.ParentRef;
import io.mooring.controller.views.ApplicationViews.TreeNode;
import io.mooring.engine.resource.KubeObjects;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.model.Application;
import io.mooring.model.ResourceStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Argo CD's ApplicationTree of an app: a node per live object (managed resources and, through owner
 * references, what they own), and, as Argo CD does, a bare node for each managed resource that is
 * not live (missing); the app's orphaned resources (when its project monitors them) as {@code
 * orphanedNodes}. Nodes are sorted by group, kind, namespace and name, so equal trees serialize
 * equally. Hooks appear like any live object; the managed-resources response marks them. No object
 * content beyond identity, health and the short facts of {@link NodeInfo}. Pure.
 */
final class ApplicationTreeJson {
  private static final Comparator<Map<String, Object>> ORDER =
      Comparator.comparing((Map<String, Object> n) -> (String) n.get("group"))
          .thenComparing(n -> (String) n.get("kind"))
          .thenComparing(n -> (String) n.get("namespace"))
          .thenComparing(n -> (String) n.get("name"));

  private ApplicationTreeJson() {}

  static Map<String, Object> of(Application app, List<TreeNode> live, List<LiveObject> orphans) {
    List<Map<String, Object>> nodes = new ArrayList<>();
    Set<ResourceKey> seen = new HashSet<>();
    for (TreeNode node : live) {
      seen.add(node.node().key());
      nodes.add(liveNode(node));
    }
    if (app.status != null && app.status.resources != null) {
      for (ResourceStatus resource : app.status.resources) {
        ResourceKey key =
            new ResourceKey(
                text(resource.group), resource.kind, text(resource.namespace), resource.name);
        if (seen.add(key)) {
          nodes.add(ref(key, text(resource.version)));
        }
      }
    }
    nodes.sort(ORDER);
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("nodes", nodes);
    tree.put("orphanedNodes", orphanedNodes(orphans));
    tree.put("hosts", List.of());
    return tree;
  }

  /**
   * Argo CD's orphanedNodes: identity, uid, resourceVersion and creation time of each orphan, with
   * parent references to the orphans that own it.
   */
  private static List<Map<String, Object>> orphanedNodes(List<LiveObject> orphans) {
    Map<String, ResourceKey> byUid = new LinkedHashMap<>();
    orphans.forEach(orphan -> byUid.put(orphan.uid(), orphan.key()));
    List<Map<String, Object>> nodes = new ArrayList<>();
    for (LiveObject orphan : orphans) {
      JsonNode metadata = orphan.object().path("metadata");
      Map<String, Object> json = ref(orphan.key(), KubeObjects.version(orphan.object()));
      json.put("uid", orphan.uid());
      json.put("resourceVersion", metadata.path("resourceVersion").asText(""));
      List<Map<String, Object>> parents = new ArrayList<>();
      for (String owner : orphan.ownerUids()) {
        ResourceKey parent = byUid.get(owner);
        if (parent != null) {
          Map<String, Object> ref = ref(parent, null);
          ref.remove("version");
          ref.put("uid", owner);
          parents.add(ref);
        }
      }
      if (!parents.isEmpty()) {
        json.put("parentRefs", parents);
      }
      String created = metadata.path("creationTimestamp").asText("");
      if (!created.isEmpty()) {
        json.put("createdAt", created);
      }
      nodes.add(json);
    }
    nodes.sort(ORDER);
    return nodes;
  }

  private static Map<String, Object> liveNode(TreeNode tree) {
    LiveNode node = tree.node();
    JsonNode object = node.object();
    JsonNode metadata = object.path("metadata");
    Map<String, Object> json = ref(node.key(), KubeObjects.version(object));
    json.put("uid", node.uid());
    json.put("resourceVersion", metadata.path("resourceVersion").asText(""));
    if (!node.parents().isEmpty()) {
      List<Map<String, Object>> parents = new ArrayList<>();
      for (ParentRef parent : node.parents()) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("group", parent.key().group());
        ref.put("kind", parent.key().kind());
        ref.put("namespace", parent.key().namespace());
        ref.put("name", parent.key().name());
        ref.put("uid", parent.uid());
        parents.add(ref);
      }
      json.put("parentRefs", parents);
    }
    List<Map<String, String>> info = NodeInfo.of(node.key().group(), node.key().kind(), object);
    if (!info.isEmpty()) {
      json.put("info", info);
    }
    List<String> images = NodeInfo.images(node.key().group(), node.key().kind(), object);
    if (!images.isEmpty()) {
      json.put("images", images);
    }
    tree.health()
        .ifPresent(
            health -> {
              Map<String, String> h = new LinkedHashMap<>();
              h.put("status", health.status().name());
              if (!health.message().isEmpty()) {
                h.put("message", health.message());
              }
              json.put("health", h);
            });
    String created = metadata.path("creationTimestamp").asText("");
    if (!created.isEmpty()) {
      json.put("createdAt", created);
    }
    return json;
  }

  private static Map<String, Object> ref(ResourceKey key, String version) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("group", key.group());
    json.put("version", version);
    json.put("kind", key.kind());
    json.put("namespace", key.namespace());
    json.put("name", key.name());
    return json;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
