package io.mooring.sandbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.sandbox.EmbeddedCluster;
import io.mooring.sandbox.EmbeddedClusterOptions;
import io.mooring.sandbox.sim.SimulatorOptions;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the real API server fills in or rewrites on a write, done here too: a Pod's restart policy
 * (so Pod health reads right) and a Secret's stringData (so readers of data, such as Mooring's
 * settings from argocd-secret, see it), and a service-account token Secret's token (the token
 * controller's part).
 */
class ApiServerDefaultsTest {
  private static EmbeddedCluster cluster;
  private static KubernetesClient client;

  @BeforeAll
  static void start() {
    cluster =
        EmbeddedCluster.start(
            EmbeddedClusterOptions.forTests().withSimulator(SimulatorOptions.off()));
    client = cluster.newClient();
  }

  @AfterAll
  static void stop() {
    client.close();
    cluster.close();
  }

  @Test
  void aPodCreatedWithoutARestartPolicyRestartsAlwaysAndAGivenOneIsKept() {
    client.pods().inNamespace("default").resource(pod("web", null)).create();
    client.pods().inNamespace("default").resource(pod("migrate", "Never")).create();

    assertThat(
            client.pods().inNamespace("default").withName("web").get().getSpec().getRestartPolicy())
        .isEqualTo("Always");
    assertThat(
            client
                .pods()
                .inNamespace("default")
                .withName("migrate")
                .get()
                .getSpec()
                .getRestartPolicy())
        .isEqualTo("Never");
  }

  private static Pod pod(String name, String restartPolicy) {
    return new PodBuilder()
        .withNewMetadata()
        .withName(name)
        .endMetadata()
        .withNewSpec()
        .withRestartPolicy(restartPolicy)
        .addNewContainer()
        .withName("main")
        .withImage("busybox:1.36")
        .endContainer()
        .endSpec()
        .build();
  }

  @Test
  void aServiceAccountTokenSecretGetsATokenAndOtherSecretsDoNot() {
    client
        .secrets()
        .inNamespace("kube-system")
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("robot-token")
                .withAnnotations(Map.of("kubernetes.io/service-account.name", "robot"))
                .endMetadata()
                .withType("kubernetes.io/service-account-token")
                .build())
        .create();
    client
        .secrets()
        .inNamespace("kube-system")
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("plain")
                .endMetadata()
                .withType("Opaque")
                .build())
        .create();

    Map<String, String> issued =
        client.secrets().inNamespace("kube-system").withName("robot-token").get().getData();
    assertThat(decoded(issued.get("token"))).startsWith("sandbox.").hasSizeGreaterThan(40);
    assertThat(decoded(issued.get("namespace"))).isEqualTo("kube-system");
    assertThat(client.secrets().inNamespace("kube-system").withName("plain").get().getData())
        .isNullOrEmpty();
  }

  private static String decoded(String base64) {
    return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
  }

  @Test
  void aSecretsStringDataIsStoredAsDataOnCreate() {
    client
        .secrets()
        .inNamespace("default")
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("settings")
                .endMetadata()
                .addToData("kept", base64("from data"))
                .addToData("overridden", base64("old"))
                .addToStringData("overridden", "new")
                .addToStringData("webhook.github.secret", "s3cr3t")
                .build())
        .create();

    Secret stored = client.secrets().inNamespace("default").withName("settings").get();

    assertThat(stored.getStringData()).isNullOrEmpty();
    assertThat(stored.getData())
        .containsEntry("kept", base64("from data"))
        .containsEntry("overridden", base64("new"))
        .containsEntry("webhook.github.secret", base64("s3cr3t"));
  }

  @Test
  void aSecretsStringDataIsStoredAsDataOnUpdate() {
    client
        .secrets()
        .inNamespace("default")
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("updated")
                .endMetadata()
                .addToData("a", base64("1"))
                .build())
        .create();
    Secret live = client.secrets().inNamespace("default").withName("updated").get();
    live.setStringData(Map.of("b", "2"));

    client.secrets().inNamespace("default").resource(live).update();

    Secret stored = client.secrets().inNamespace("default").withName("updated").get();
    assertThat(stored.getStringData()).isNullOrEmpty();
    assertThat(stored.getData()).containsEntry("a", base64("1")).containsEntry("b", base64("2"));
  }

  private static String base64(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }
}
