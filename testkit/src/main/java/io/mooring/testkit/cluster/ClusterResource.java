package io.mooring.testkit.cluster;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.sandbox.EmbeddedCluster;
import io.mooring.sandbox.EmbeddedClusterOptions;
import org.junit.jupiter.api.extension.ExtensionContext;

/** One cluster and its client, closed by JUnit when the scope that made them ends. */
final class ClusterResource implements ExtensionContext.Store.CloseableResource {
  private final EmbeddedCluster cluster;
  private final KubernetesClient client;

  ClusterResource(EmbeddedClusterOptions options) {
    this.cluster = EmbeddedCluster.start(options);
    this.client = cluster.newClient();
  }

  EmbeddedCluster cluster() {
    return cluster;
  }

  KubernetesClient client() {
    return client;
  }

  @Override
  public void close() {
    client.close();
    cluster.close();
  }
}
