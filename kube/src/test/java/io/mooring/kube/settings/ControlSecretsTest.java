package io.mooring.kube.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.kube.apps.StaleObjectException;
import io.mooring.kube.error.KubeError;
import io.mooring.kube.error.KubeException;
import io.mooring.kube.settings.ControlSecrets.SecretObject;
import io.mooring.testkit.cluster.EmbeddedKubernetes;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Credential Secrets written and read on the embedded cluster. */
@EmbeddedKubernetes
class ControlSecretsTest {
  private static final String TYPE = "argocd.argoproj.io/secret-type";
  private KubernetesClient client;
  private ControlSecrets secrets;

  @BeforeEach
  void namespace(KubernetesClient client) {
    this.client = client;
    client
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName("argocd").endMetadata().build())
        .create();
    secrets = new ControlSecrets(client, "argocd");
  }

  @Test
  void aSecretIsStoredBase64EncodedWithItsLabelsAndListedByType() {
    secrets.create(repository("repo-1", "https://git.example.com/a.git"));
    secrets.create(
        new SecretObject(
            "cluster-1", Map.of(TYPE, "cluster"), Map.of(), Map.of("server", "https://x"), ""));

    Secret stored = client.secrets().inNamespace("argocd").withName("repo-1").get();
    assertThat(stored.getMetadata().getLabels()).containsEntry(TYPE, "repository");
    assertThat(stored.getMetadata().getAnnotations())
        .containsEntry("managed-by", "argocd.argoproj.io");
    assertThat(decoded(stored.getData().get("password"))).isEqualTo("s3cret-password");
    assertThat(secrets.list("repository"))
        .singleElement()
        .satisfies(s -> assertThat(s.data()).containsEntry("url", "https://git.example.com/a.git"));
    assertThat(secrets.list("cluster")).extracting(SecretObject::name).containsExactly("cluster-1");
  }

  @Test
  void anUpdateAtAStaleVersionIsRefusedAndATakenNameCannotBeCreated() throws Exception {
    SecretObject created = secrets.create(repository("repo-1", "https://git.example.com/a.git"));
    SecretObject changed =
        new SecretObject(
            created.name(),
            created.labels(),
            created.annotations(),
            Map.of("url", "https://git.example.com/a.git", "username", "bob"),
            created.resourceVersion());
    secrets.update(changed);

    assertThat(secrets.get("repo-1").orElseThrow().data())
        .containsEntry("username", "bob")
        .doesNotContainKey("password");
    assertThatThrownBy(() -> secrets.update(changed)).isInstanceOf(StaleObjectException.class);
    assertThatThrownBy(() -> secrets.create(repository("repo-1", "https://other")))
        .isInstanceOfSatisfying(
            KubeException.class, e -> assertThat(e.error()).isEqualTo(KubeError.ALREADY_EXISTS));
  }

  @Test
  void aDeletedSecretIsGone() {
    secrets.create(repository("repo-1", "https://git.example.com/a.git"));

    secrets.delete("repo-1");
    secrets.delete("repo-1");

    assertThat(secrets.get("repo-1")).isEmpty();
  }

  private static SecretObject repository(String name, String url) {
    return new SecretObject(
        name,
        Map.of(TYPE, "repository"),
        Map.of("managed-by", "argocd.argoproj.io"),
        Map.of("url", url, "username", "alice", "password", "s3cret-password"),
        "");
  }

  private static String decoded(String base64) {
    return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
  }
}
