package io.mooring.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.controller.ports.LiveState.LiveObject;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.model.Application;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplicationTreeJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void orphanedResourcesAreListedAsOrphanedNodesWithTheirIdentityAndOwnersAmongTheOrphans()
      throws Exception {
    LiveObject replicaSet =
        orphan("apps/v1", "ReplicaSet", "stray-7d9", "uid-rs", List.of(), "2026-12-01T10:00:00Z");
    LiveObject pod = orphan("v1", "Pod", "stray-7d9-abc", "uid-pod", List.of("uid-rs"), "");

    Map<String, Object> tree =
        ApplicationTreeJson.of(new Application(), List.of(), List.of(pod, replicaSet));

    assertThat(tree.get("nodes")).asList().isEmpty();
    List<?> orphans = (List<?>) tree.get("orphanedNodes");
    assertThat(orphans).hasSize(2);
    assertThat(JSON.valueToTree(orphans.get(0)).toString())
        .isEqualTo(
            "{\"group\":\"\",\"version\":\"v1\",\"kind\":\"Pod\",\"namespace\":\"web\","
                + "\"name\":\"stray-7d9-abc\",\"uid\":\"uid-pod\",\"resourceVersion\":\"42\","
                + "\"parentRefs\":[{\"group\":\"apps\",\"kind\":\"ReplicaSet\",\"namespace\":\"web\","
                + "\"name\":\"stray-7d9\",\"uid\":\"uid-rs\"}]}");
    assertThat(JSON.valueToTree(orphans.get(1)).toString())
        .isEqualTo(
            "{\"group\":\"apps\",\"version\":\"v1\",\"kind\":\"ReplicaSet\",\"namespace\":\"web\","
                + "\"name\":\"stray-7d9\",\"uid\":\"uid-rs\",\"resourceVersion\":\"42\","
                + "\"createdAt\":\"2026-12-01T10:00:00Z\"}");
  }

  @Test
  void anOwnerThatIsNotAnOrphanIsNotNamedAsAParent() throws Exception {
    LiveObject pod = orphan("v1", "Pod", "lonely", "uid-pod", List.of("uid-elsewhere"), "");

    Map<String, Object> tree = ApplicationTreeJson.of(new Application(), List.of(), List.of(pod));

    assertThat(JSON.valueToTree(tree.get("orphanedNodes")).get(0).has("parentRefs")).isFalse();
  }

  @Test
  void anAppWithoutOrphansHasAnEmptyOrphanedNodesList() {
    Map<String, Object> tree = ApplicationTreeJson.of(new Application(), List.of(), List.of());

    assertThat(tree.get("orphanedNodes")).asList().isEmpty();
  }

  private static LiveObject orphan(
      String apiVersion, String kind, String name, String uid, List<String> owners, String created)
      throws Exception {
    ObjectNode object =
        (ObjectNode)
            JSON.readTree(
                "{\"apiVersion\":\""
                    + apiVersion
                    + "\",\"kind\":\""
                    + kind
                    + "\",\"metadata\":{"
                    + "\"name\":\""
                    + name
                    + "\",\"namespace\":\"web\",\"uid\":\""
                    + uid
                    + "\","
                    + "\"resourceVersion\":\"42\""
                    + (created.isEmpty() ? "" : ",\"creationTimestamp\":\"" + created + "\"")
                    + "}}");
    String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    return new LiveObject(
        new ResourceKey(group, kind, "web", name), uid, owners, Optional.empty(), object);
  }
}
