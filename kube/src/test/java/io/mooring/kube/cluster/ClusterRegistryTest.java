package io.mooring.kube.cluster;

import static io.mooring.kube.cluster.ClusterSecretReaderTest.clusterSecret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.kube.testing.SandboxCluster;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Resolving Application destinations, with cluster Secrets stored in the embedded cluster. */
class ClusterRegistryTest {
  private SandboxCluster cluster;
  private KubernetesClient client;
  private ClusterRegistry registry;

  @BeforeEach
  void start() {
    cluster = SandboxCluster.start();
    client = cluster.client();
    client
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName("argocd").endMetadata().build())
        .create();
    registry = ClusterRegistry.start(cluster.config(), client, "argocd");
  }

  @AfterEach
  void stop() {
    registry.close();
    cluster.close();
  }

  private void register(String secretName, Map<String, String> fields) {
    client.secrets().inNamespace("argocd").resource(clusterSecret(secretName, fields)).create();
  }

  @Test
  void localClusterAnswersToTheInClusterServerItsNameAndTheKubeconfigUrl() {
    assertThat(registry.resolve("https://kubernetes.default.svc", null).isLocal()).isTrue();
    assertThat(registry.resolve(null, "in-cluster").isLocal()).isTrue();
    assertThat(registry.resolve(cluster.url(), "").isLocal()).isTrue();
    assertThat(registry.resolve("https://kubernetes.default.svc", null).config().getMasterUrl())
        .startsWith(cluster.url());
  }

  @Test
  void clusterRegisteredByASecretIsFoundByNameAndByServer() {
    register(
        "staging",
        Map.of(
            "name",
            "staging",
            "server",
            "https://staging:6443",
            "config",
            "{\"bearerToken\": \"t\"}"));

    await().until(() -> registry.clusters().size() == 2);
    assertThat(registry.resolve(null, "staging").server()).isEqualTo("https://staging:6443");
    assertThat(registry.resolve("https://staging:6443/", null).name()).isEqualTo("staging");
  }

  @Test
  void secretForTheLocalServerRenamesTheLocalClusterButKeepsItsCredentials() {
    register(
        "local",
        Map.of("name", "home", "server", "https://kubernetes.default.svc", "config", "{}"));

    await().ignoreExceptions().until(() -> registry.resolve(null, "home") != null);
    ClusterTarget home = registry.resolve(null, "home");
    assertThat(home.isLocal()).isTrue();
    assertThat(home.config().getMasterUrl()).startsWith(cluster.url());
  }

  @Test
  void unknownDestinationIsAClearError() {
    assertThatThrownBy(() -> registry.resolve(null, "prod"))
        .isInstanceOf(UnknownClusterException.class)
        .hasMessage("there is no cluster named 'prod'; known: [in-cluster]");
    assertThatThrownBy(() -> registry.resolve("https://prod:6443", null))
        .isInstanceOf(UnknownClusterException.class)
        .hasMessageContaining("there is no cluster with server 'https://prod:6443'");
  }

  @Test
  void destinationMustNameExactlyOneOfServerAndName() {
    assertThatThrownBy(() -> registry.resolve("https://kubernetes.default.svc", "in-cluster"))
        .hasMessageContaining("set only one");
    assertThatThrownBy(() -> registry.resolve(null, " "))
        .hasMessageContaining("neither server nor name");
  }

  @Test
  void brokenSecretIsSkippedAndOthersStillResolve() {
    register("broken", Map.of("name", "broken"));
    register("ok", Map.of("name", "ok", "server", "https://ok:6443"));

    await().until(() -> registry.clusters().size() == 2);
    assertThat(registry.resolve(null, "ok").server()).isEqualTo("https://ok:6443");
  }
}
