package io.mooring.kube.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.kube.settings.ControlSecrets.SecretObject;
import io.mooring.kube.settings.CredentialSecretsInformer.CredentialSecretData;
import io.mooring.testkit.cluster.EmbeddedKubernetes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Credential Secrets added, changed and deleted while the watch runs reach its listener. */
@EmbeddedKubernetes
class CredentialSecretsInformerTest {
  private static final String TYPE = "argocd.argoproj.io/secret-type";

  @Test
  void theListenerSeesEveryCredentialSecretAsItIsAddedChangedAndDeleted(KubernetesClient client)
      throws Exception {
    client
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName("argocd").endMetadata().build())
        .create();
    ControlSecrets secrets = new ControlSecrets(client, "argocd");
    secrets.create(secret("repo-a", "repository", "https://git.example.com/a.git"));
    AtomicReference<CredentialSecretData> latest = new AtomicReference<>();
    List<String> changedUrls = new CopyOnWriteArrayList<>();

    try (CredentialSecretsInformer informer =
        CredentialSecretsInformer.start(
            client,
            "argocd",
            (all, url) -> {
              latest.set(all);
              changedUrls.add(url);
            })) {
      assertThat(informer.current().repositories()).hasSize(1);

      secrets.create(secret("creds-b", "repo-creds", "https://git.example.com/"));
      secrets.create(secret("cluster-c", "cluster", "https://not-a-credential"));
      SecretObject a = secrets.get("repo-a").orElseThrow();
      secrets.update(
          new SecretObject(
              a.name(),
              a.labels(),
              a.annotations(),
              Map.of("url", "https://git.example.com/a.git", "password", "rotated-password"),
              a.resourceVersion()));

      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () -> {
                assertThat(latest.get().templates())
                    .singleElement()
                    .satisfies(t -> assertThat(t).containsEntry("url", "https://git.example.com/"));
                assertThat(latest.get().repositories())
                    .singleElement()
                    .satisfies(r -> assertThat(r).containsEntry("password", "rotated-password"));
              });

      secrets.delete("repo-a");
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(() -> assertThat(latest.get().repositories()).isEmpty());
      assertThat(changedUrls)
          .contains("https://git.example.com/a.git", "https://git.example.com/")
          .doesNotContain("https://not-a-credential");
    }
  }

  private static SecretObject secret(String name, String type, String url) {
    return new SecretObject(
        name, Map.of(TYPE, type), Map.of(), Map.of("url", url, "password", "first-password"), "");
  }
}
