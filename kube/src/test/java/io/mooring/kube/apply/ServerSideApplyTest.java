package io.mooring.kube.apply;

import static io.mooring.kube.testing.Manifests.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.kube.discovery.ApiDiscovery;
import io.mooring.kube.discovery.ApiResourceCatalog;
import io.mooring.kube.testing.SandboxCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Server-side apply and dry runs against the embedded cluster. */
class ServerSideApplyTest {
  private static final ApplyOptions SERVER_SIDE =
      ApplyOptions.defaults().withStrategy(ApplyStrategy.SERVER_SIDE);

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

  private static ObjectNode service(String name, int port) {
    return yaml(
        """
        apiVersion: v1
        kind: Service
        metadata: {name: %s, namespace: default}
        spec: {selector: {app: web}, ports: [{name: http, port: %d}]}
        """
            .formatted(name, port));
  }

  @Test
  void serverSideApplyCreatesThenReportsUnchangedThenConfigured() {
    ObjectNode blue =
        yaml(
            "{apiVersion: v1, kind: ConfigMap, metadata: {name: ssa, namespace: default}, data: {color: blue}}");
    ObjectNode red =
        yaml(
            "{apiVersion: v1, kind: ConfigMap, metadata: {name: ssa, namespace: default}, data: {color: red}}");

    assertThat(operations.apply(blue, SERVER_SIDE)).isInstanceOf(ApplyResult.Created.class);
    assertThat(operations.apply(blue, SERVER_SIDE)).isInstanceOf(ApplyResult.Unchanged.class);
    assertThat(operations.apply(red, SERVER_SIDE)).isInstanceOf(ApplyResult.Configured.class);

    assertThat(client.configMaps().inNamespace("default").withName("ssa").get().getData())
        .containsEntry("color", "red");
  }

  @Test
  void dryRunCreateReportsCreatedButStoresNothing() {
    ApplyResult result =
        operations.apply(service("dry", 80), ApplyOptions.defaults().withDryRun(true));

    assertThat(result).isInstanceOf(ApplyResult.Created.class);
    assertThat(result.object().at("/metadata/name").asText()).isEqualTo("dry");
    assertThat(client.services().inNamespace("default").withName("dry").get()).isNull();
  }

  @Test
  void dryRunPatchReportsConfiguredButChangesNothing() {
    operations.apply(service("dry-patch", 80), ApplyOptions.defaults());

    ApplyResult result =
        operations.apply(service("dry-patch", 9090), ApplyOptions.defaults().withDryRun(true));

    assertThat(result).isInstanceOf(ApplyResult.Configured.class);
    assertThat(
            client
                .services()
                .inNamespace("default")
                .withName("dry-patch")
                .get()
                .getSpec()
                .getPorts()
                .get(0)
                .getPort())
        .isEqualTo(80);
  }
}
