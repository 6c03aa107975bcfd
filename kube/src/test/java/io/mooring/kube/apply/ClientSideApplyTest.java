package io.mooring.kube.apply;

import static io.mooring.kube.testing.Manifests.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.kube.discovery.ApiDiscovery;
import io.mooring.kube.discovery.ApiResourceCatalog;
import io.mooring.kube.testing.SandboxCluster;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Client-side apply, replace, create-only and namespaces against the embedded cluster. */
class ClientSideApplyTest {
  private static SandboxCluster cluster;
  private static KubernetesClient client;
  private static ResourceOperations operations;

  @BeforeAll
  static void startCluster() {
    cluster = SandboxCluster.start();
    client = cluster.client();
    operations =
        new Fabric8ResourceOperations(client, ApiResourceCatalog.of(new ApiDiscovery(client)));
  }

  @AfterAll
  static void stopCluster() {
    cluster.close();
  }

  private static ObjectNode configMap(String name, String data) {
    return yaml(
        "{apiVersion: v1, kind: ConfigMap, metadata: {name: %s, namespace: default}, data: %s}"
            .formatted(name, data));
  }

  private static ConfigMap live(String name) {
    return client.configMaps().inNamespace("default").withName(name).get();
  }

  @Test
  void firstApplyCreatesTheObjectWithTheLastAppliedAnnotation() {
    ApplyResult result =
        operations.apply(configMap("created", "{color: blue}"), ApplyOptions.defaults());

    assertThat(result).isInstanceOf(ApplyResult.Created.class);
    assertThat(live("created").getData()).containsEntry("color", "blue");
    assertThat(LastAppliedAnnotation.read(result.object()))
        .isEqualTo(configMap("created", "{color: blue}"));
  }

  @Test
  void reapplyingTheSameManifestIsUnchangedAndWritesNothing() {
    operations.apply(configMap("same", "{color: blue}"), ApplyOptions.defaults());
    int requestsBefore = cluster.requestCount();

    ApplyResult result =
        operations.apply(configMap("same", "{color: blue}"), ApplyOptions.defaults());

    assertThat(result).isInstanceOf(ApplyResult.Unchanged.class);
    assertThat(cluster.requestCount() - requestsBefore).as("one GET, no write").isEqualTo(1);
  }

  @Test
  void fieldRemovedFromTheManifestIsRemovedLiveWhileOthersAdditionsStay() {
    operations.apply(configMap("three-way", "{color: blue, size: large}"), ApplyOptions.defaults());
    client
        .configMaps()
        .inNamespace("default")
        .withName("three-way")
        .edit(
            cm -> {
              cm.getMetadata().setLabels(Map.of("added-by", "someone-else"));
              return cm;
            });

    ApplyResult result =
        operations.apply(configMap("three-way", "{color: green}"), ApplyOptions.defaults());

    assertThat(result).isInstanceOf(ApplyResult.Configured.class);
    ConfigMap live = live("three-way");
    assertThat(live.getData()).containsExactly(Map.entry("color", "green"));
    assertThat(live.getMetadata().getLabels()).containsEntry("added-by", "someone-else");
  }

  @Test
  void createOnlyLeavesAnExistingObjectAlone() {
    operations.apply(configMap("create-only", "{color: blue}"), ApplyOptions.defaults());

    ApplyResult result =
        operations.apply(
            configMap("create-only", "{color: red}"),
            ApplyOptions.defaults().withStrategy(ApplyStrategy.CREATE_ONLY));

    assertThat(result).isInstanceOf(ApplyResult.Unchanged.class);
    assertThat(live("create-only").getData()).containsEntry("color", "blue");
  }

  @Test
  void replaceWritesTheWholeObjectDroppingOthersAdditions() {
    operations.apply(configMap("replaced", "{color: blue}"), ApplyOptions.defaults());
    client
        .configMaps()
        .inNamespace("default")
        .withName("replaced")
        .edit(
            cm -> {
              cm.getData().put("extra", "x");
              return cm;
            });

    ApplyResult result =
        operations.apply(
            configMap("replaced", "{color: red}"),
            ApplyOptions.defaults().withStrategy(ApplyStrategy.REPLACE));

    assertThat(result).isInstanceOf(ApplyResult.Replaced.class);
    assertThat(live("replaced").getData()).containsExactly(Map.entry("color", "red"));
  }

  @Test
  void ensureNamespaceCreatesItWithTheManagedLabelsAndAnnotations() {
    ApplyResult result =
        operations.ensureNamespace(
            "team-a",
            new NamespaceMetadata(Map.of("team", "a"), Map.of("owner", "platform")),
            ApplyOptions.defaults());

    assertThat(result).isInstanceOf(ApplyResult.Created.class);
    var namespace = client.namespaces().withName("team-a").get();
    assertThat(namespace.getMetadata().getLabels()).containsEntry("team", "a");
    assertThat(namespace.getMetadata().getAnnotations()).containsEntry("owner", "platform");
  }

  @Test
  void ensureNamespaceWithoutManagedMetadataLeavesAnExistingNamespaceUntouched() {
    client
        .namespaces()
        .resource(
            new io.fabric8.kubernetes.api.model.NamespaceBuilder()
                .withNewMetadata()
                .withName("existing")
                .endMetadata()
                .build())
        .create();

    ApplyResult result =
        operations.ensureNamespace("existing", NamespaceMetadata.none(), ApplyOptions.defaults());

    assertThat(result).isInstanceOf(ApplyResult.Unchanged.class);
    assertThat(client.namespaces().withName("existing").get().getMetadata().getAnnotations())
        .isNullOrEmpty();
  }
}
