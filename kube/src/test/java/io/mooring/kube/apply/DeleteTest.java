package io.mooring.kube.apply;

import static io.mooring.kube.testing.Manifests.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.kube.discovery.ApiDiscovery;
import io.mooring.kube.discovery.ApiResourceCatalog;
import io.mooring.kube.testing.SandboxCluster;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deleting with each propagation policy, on the embedded cluster (it garbage-collects). */
class DeleteTest {
  private SandboxCluster cluster;
  private KubernetesClient client;
  private ResourceOperations operations;

  @BeforeEach
  void startCluster() {
    cluster = SandboxCluster.start();
    client = cluster.client();
    operations =
        new Fabric8ResourceOperations(client, ApiResourceCatalog.of(new ApiDiscovery(client)));
  }

  @AfterEach
  void stopCluster() {
    cluster.close();
  }

  private ResourceKey deployWeb() {
    operations.apply(
        yaml(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: default}
            spec:
              replicas: 1
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: web, image: nginx}]}
            """),
        ApplyOptions.defaults());
    await().until(() -> !replicaSets().isEmpty());
    return new ResourceKey("apps", "Deployment", "default", "web");
  }

  private List<ReplicaSet> replicaSets() {
    return client.apps().replicaSets().inNamespace("default").list().getItems();
  }

  @Test
  void backgroundDeletionRemovesTheDeploymentAndItsReplicaSets() {
    ResourceKey web = deployWeb();

    assertThat(operations.delete(web, DeletePropagation.BACKGROUND))
        .isEqualTo(DeleteOutcome.DELETED);

    await().until(() -> replicaSets().isEmpty());
    assertThat(client.apps().deployments().inNamespace("default").withName("web").get()).isNull();
  }

  @Test
  void foregroundDeletionRemovesTheReplicaSetsBeforeTheDeployment() {
    ResourceKey web = deployWeb();

    assertThat(operations.delete(web, DeletePropagation.FOREGROUND))
        .isEqualTo(DeleteOutcome.DELETED);

    await()
        .until(
            () -> client.apps().deployments().inNamespace("default").withName("web").get() == null);
    assertThat(replicaSets()).isEmpty();
  }

  @Test
  void orphanDeletionKeepsTheReplicaSetsWithoutTheirOwner() {
    ResourceKey web = deployWeb();

    operations.delete(web, DeletePropagation.ORPHAN);

    await()
        .until(
            () -> client.apps().deployments().inNamespace("default").withName("web").get() == null);
    await()
        .untilAsserted(
            () ->
                assertThat(replicaSets())
                    .singleElement()
                    .satisfies(
                        rs -> assertThat(rs.getMetadata().getOwnerReferences()).isNullOrEmpty()));
  }

  @Test
  void deletingWhatIsNotThereSaysSo() {
    assertThat(
            operations.delete(
                new ResourceKey("", "ConfigMap", "default", "absent"),
                DeletePropagation.BACKGROUND))
        .isEqualTo(DeleteOutcome.NOT_FOUND);
  }
}
