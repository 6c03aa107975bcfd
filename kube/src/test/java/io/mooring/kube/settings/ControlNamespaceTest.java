package io.mooring.kube.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.testkit.cluster.EmbeddedKubernetes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EmbeddedKubernetes
class ControlNamespaceTest {
  private KubernetesClient client;

  @BeforeEach
  void controlNamespace(KubernetesClient client) {
    this.client = client;
    client
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName("argocd").endMetadata().build())
        .create();
  }

  @Test
  void aSecretIsReadDecodedByName() {
    client
        .secrets()
        .inNamespace("argocd")
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("argocd-initial-admin-secret")
                .endMetadata()
                .addToData("password", "czNjcjN0")
                .build())
        .create();

    ControlNamespace control = new ControlNamespace(client, "argocd");

    assertThat(control.secret("argocd-initial-admin-secret").orElseThrow())
        .containsEntry("password", "s3cr3t");
    assertThat(control.secret("missing")).isEmpty();
  }

  @Test
  void eventsAboutOneObjectComeOldestFirst() {
    event("e2", "Application", "web", "2026-01-01T10:00:02Z");
    event("e1", "Application", "web", "2026-01-01T10:00:01Z");
    event("e3", "Application", "other", "2026-01-01T10:00:00Z");

    assertThat(new ControlNamespace(client, "argocd").events("Application", "web"))
        .extracting(e -> e.at("/metadata/name").asText())
        .containsExactly("e1", "e2");
  }

  private void event(String name, String kind, String object, String time) {
    client
        .v1()
        .events()
        .inNamespace("argocd")
        .resource(
            new EventBuilder()
                .withNewMetadata()
                .withName(name)
                .endMetadata()
                .withNewInvolvedObject()
                .withKind(kind)
                .withName(object)
                .endInvolvedObject()
                .withReason("Test")
                .withLastTimestamp(time)
                .build())
        .create();
  }
}
