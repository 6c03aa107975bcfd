package io.mooring.testkit.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.sandbox.EmbeddedCluster;
import org.junit.jupiter.api.Test;

@EmbeddedKubernetes
class EmbeddedClusterExtensionTest {
  @Test
  void givesAClientForAFreshCluster(KubernetesClient client, EmbeddedCluster cluster) {
    client
        .resource(new ConfigMapBuilder().withNewMetadata().withName("first").endMetadata().build())
        .create();

    assertThat(client.getMasterUrl().toString()).startsWith(cluster.url());
    assertThat(client.configMaps().list().getItems())
        .extracting(c -> c.getMetadata().getName())
        .containsExactly("first");
  }

  @Test
  void eachTestStartsEmpty(KubernetesClient client) {
    assertThat(client.configMaps().list().getItems()).isEmpty();
    assertThat(client.namespaces().withName("default").get()).isNotNull();
  }
}
