package io.mooring.kube.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.kube.cluster.ClusterProbe.Reachability;
import io.mooring.sandbox.EmbeddedCluster;
import io.mooring.testkit.cluster.EmbeddedKubernetes;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reaching clusters with the credentials of their Secrets, without leaking those credentials. */
@EmbeddedKubernetes
class ClusterProbeTest {
  private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.secret-bearer-token";

  @Test
  void theLocalClusterAndARegisteredReachableClusterAnswerWithTheirVersion(
      EmbeddedCluster cluster, KubernetesClient client) {
    ClusterProbe probe = new ClusterProbe(client, Duration.ofSeconds(5));

    Reachability local = probe.probeLocal();
    Reachability registered =
        probe.probe(
            Map.of(
                "name",
                "sandbox",
                "server",
                cluster.url(),
                "config",
                "{\"bearerToken\":\"" + TOKEN + "\",\"tlsClientConfig\":{\"insecure\":true}}"));

    assertThat(local.reachable()).as(local.message()).isTrue();
    assertThat(local.serverVersion()).isNotBlank();
    assertThat(registered.reachable()).as(registered.message()).isTrue();
    assertThat(registered.serverVersion()).isEqualTo(local.serverVersion());
  }

  @Test
  void anUnreachableClusterIsReportedByServerWithoutItsToken(KubernetesClient client) {
    ClusterProbe probe = new ClusterProbe(client, Duration.ofSeconds(2));

    Reachability answer =
        probe.probe(
            Map.of(
                "server", "https://127.0.0.1:1", "config", "{\"bearerToken\":\"" + TOKEN + "\"}"));

    assertThat(answer.reachable()).isFalse();
    assertThat(answer.message()).contains("https://127.0.0.1:1").doesNotContain(TOKEN);
  }

  @Test
  void invalidClusterDataIsReportedNamingTheField(KubernetesClient client) {
    ClusterProbe probe = new ClusterProbe(client, Duration.ofSeconds(2));

    Reachability answer =
        probe.probe(Map.of("server", "https://x.example.com", "config", "{not json " + TOKEN));

    assertThat(answer.reachable()).isFalse();
    assertThat(answer.message()).isEqualTo("data.config is not valid JSON");
  }
}
