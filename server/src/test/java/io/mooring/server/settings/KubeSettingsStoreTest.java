package io.mooring.server.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.kube.settings.SettingsObjects;
import io.mooring.server.auth.InitialAdminPassword;
import io.mooring.server.auth.PasswordGenerator;
import io.mooring.server.auth.PasswordHasher;
import io.mooring.testkit.cluster.EmbeddedKubernetes;
import java.security.SecureRandom;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The settings store on a cluster (the objects themselves are tested in kube). */
@EmbeddedKubernetes
class KubeSettingsStoreTest {
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
  void theInitialAdminPasswordIsCreatedInTheClusterOnce() {
    try (KubeSettingsStore store = new KubeSettingsStore(new SettingsObjects(client, NS))) {
      InitialAdminPassword initial =
          new InitialAdminPassword(
              store,
              new PasswordHasher(),
              new PasswordGenerator(new SecureRandom()),
              Clock.systemUTC());
      assertThat(initial.ensure()).isTrue();
      assertThat(initial.ensure()).isFalse();
      assertThat(client.secrets().inNamespace(NS).withName("argocd-initial-admin-secret").get())
          .isNotNull();
      assertThat(store.secret("argocd-secret").get("admin.password")).startsWith("$2");
    }
  }
}
