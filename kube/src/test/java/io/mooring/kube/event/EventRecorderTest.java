package io.mooring.kube.event;

import static io.mooring.kube.testing.Manifests.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.mooring.kube.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** Events written through fabric8's mock API server (CRUD mode). */
@EnableKubernetesMockClient(crud = true)
class EventRecorderTest {
  static KubernetesClient client;

  private final EventRecorder recorder =
      new EventRecorder(client, "mooring-controller", new MutableClock());

  @Test
  void eventNamesTheApplicationAndSaysWhatHappened() {
    InvolvedObject app =
        InvolvedObject.of(
            yaml(
                "{apiVersion: argoproj.io/v1alpha1, kind: Application, metadata: {name: guestbook, namespace: argocd, uid: u-1}}"));

    Event event =
        recorder.record(
            app, EventType.NORMAL, "OperationStarted", "admin initiated sync to HEAD (abc123)");

    Event stored =
        client.v1().events().inNamespace("argocd").withName(event.getMetadata().getName()).get();
    assertThat(stored.getInvolvedObject().getKind()).isEqualTo("Application");
    assertThat(stored.getInvolvedObject().getName()).isEqualTo("guestbook");
    assertThat(stored.getInvolvedObject().getUid()).isEqualTo("u-1");
    assertThat(stored.getReason()).isEqualTo("OperationStarted");
    assertThat(stored.getType()).isEqualTo("Normal");
    assertThat(stored.getMessage()).isEqualTo("admin initiated sync to HEAD (abc123)");
    assertThat(stored.getSource().getComponent()).isEqualTo("mooring-controller");
    assertThat(stored.getFirstTimestamp()).isEqualTo("2026-01-01T00:00:00Z");
  }

  @Test
  void eventAboutASecretCarriesItsIdentityButNeverItsData() {
    InvolvedObject secret =
        InvolvedObject.of(
            yaml(
                "{apiVersion: v1, kind: Secret, metadata: {name: db, namespace: shop}, data: {password: aHVudGVyMg==}}"));

    Event event =
        recorder.record(secret, EventType.WARNING, "SyncFailed", "could not apply Secret shop/db");

    assertThat(client.getKubernetesSerialization().asJson(event))
        .doesNotContain("aHVudGVyMg==")
        .doesNotContain("password");
    assertThat(event.getType()).isEqualTo("Warning");
  }

  @Test
  void longMessagesAreCutAndEachEventGetsItsOwnName() {
    InvolvedObject app =
        new InvolvedObject("argoproj.io/v1alpha1", "Application", "argocd", "big", "");

    Event first = recorder.record(app, EventType.NORMAL, "ResourceUpdated", "x".repeat(5000));
    Event second = recorder.record(app, EventType.NORMAL, "ResourceUpdated", "again");

    assertThat(first.getMessage()).hasSize(EventRecorder.MAX_MESSAGE).endsWith("...");
    assertThat(first.getMetadata().getName()).isNotEqualTo(second.getMetadata().getName());
  }
}
