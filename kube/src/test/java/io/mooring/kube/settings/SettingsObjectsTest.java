package io.mooring.kube.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.testkit.cluster.EmbeddedKubernetes;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Settings objects read through informers, with the store's own writes visible at once. */
@EmbeddedKubernetes
class SettingsObjectsTest {
  private static final String NS = "argocd";
  private KubernetesClient client;

  @BeforeEach
  void controlNamespace(KubernetesClient client) {
    this.client = client;
    client
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName(NS).endMetadata().build())
        .create();
  }

  @Test
  void ownSecretWritesAreReadBackAtOnceAndStoredBase64Encoded() {
    try (SettingsObjects store = new SettingsObjects(client, NS)) {
      store.updateSecret(
          "argocd-secret", Map.of("server.secretkey", "k1", "admin.password", "$2a$10$x"));
      assertThat(store.secret("argocd-secret")).containsEntry("server.secretkey", "k1");
      String raw =
          client
              .secrets()
              .inNamespace(NS)
              .withName("argocd-secret")
              .get()
              .getData()
              .get("server.secretkey");
      assertThat(new String(Base64.getDecoder().decode(raw), StandardCharsets.UTF_8))
          .isEqualTo("k1");

      Map<String, String> removal = new HashMap<>();
      removal.put("admin.password", null);
      store.updateSecret("argocd-secret", removal);
      assertThat(store.secret("argocd-secret")).containsOnlyKeys("server.secretkey");
    }
  }

  @Test
  void deletedSecretsReadAsEmpty() {
    try (SettingsObjects store = new SettingsObjects(client, NS)) {
      store.updateSecret("argocd-initial-admin-secret", Map.of("password", "p"));
      store.deleteSecret("argocd-initial-admin-secret");
      assertThat(store.secret("argocd-initial-admin-secret")).isEmpty();
      assertThat(client.secrets().inNamespace(NS).withName("argocd-initial-admin-secret").get())
          .isNull();
    }
  }

  @Test
  void configMapChangesMadeByOthersAreSeenThroughTheInformer() {
    try (SettingsObjects store = new SettingsObjects(client, NS)) {
      assertThat(store.configMap("argocd-cm")).isEmpty();
      client
          .configMaps()
          .inNamespace(NS)
          .resource(
              new ConfigMapBuilder()
                  .withNewMetadata()
                  .withName("argocd-cm")
                  .withNamespace(NS)
                  .endMetadata()
                  .addToData("accounts.ci", "apiKey")
                  .build())
          .create();
      await().until(() -> store.configMap("argocd-cm").containsKey("accounts.ci"));
    }
  }
}
