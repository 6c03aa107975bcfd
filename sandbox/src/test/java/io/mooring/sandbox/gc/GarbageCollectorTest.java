package io.mooring.sandbox.gc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.sandbox.EmbeddedCluster;
import io.mooring.sandbox.EmbeddedClusterOptions;
import io.mooring.sandbox.sim.SimulatorOptions;
import java.time.Duration;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GarbageCollectorTest {
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
  void backgroundDeletionRemovesDependentsAfterTheOwner() {
    ConfigMap owner = create("bg-owner", null);
    create("bg-child", owner);
    create("bg-grandchild", client.configMaps().withName("bg-child").get());

    client
        .configMaps()
        .withName("bg-owner")
        .withPropagationPolicy(DeletionPropagation.BACKGROUND)
        .delete();

    eventually()
        .untilAsserted(
            () -> {
              assertThat(client.configMaps().withName("bg-child").get()).isNull();
              assertThat(client.configMaps().withName("bg-grandchild").get()).isNull();
            });
  }

  @Test
  void foregroundDeletionKeepsTheOwnerUntilDependentsAreGone() {
    ConfigMap owner = create("fg-owner", null);
    ConfigMap child = create("fg-child", owner);
    client
        .configMaps()
        .withName("fg-child")
        .edit(
            c -> {
              c.getMetadata().getFinalizers().add("example.com/hold");
              return c;
            });

    client
        .configMaps()
        .withName("fg-owner")
        .withPropagationPolicy(DeletionPropagation.FOREGROUND)
        .delete();

    eventually()
        .untilAsserted(
            () ->
                assertThat(
                        client
                            .configMaps()
                            .withName("fg-child")
                            .get()
                            .getMetadata()
                            .getDeletionTimestamp())
                    .isNotNull());
    ConfigMap waiting = client.configMaps().withName("fg-owner").get();
    assertThat(waiting.getMetadata().getDeletionTimestamp()).isNotNull();
    assertThat(waiting.getMetadata().getFinalizers()).contains("foregroundDeletion");

    client
        .configMaps()
        .withName("fg-child")
        .edit(
            c -> {
              c.getMetadata().getFinalizers().remove("example.com/hold");
              return c;
            });

    eventually()
        .untilAsserted(
            () -> {
              assertThat(client.configMaps().withName("fg-child").get()).isNull();
              assertThat(client.configMaps().withName("fg-owner").get()).isNull();
            });
    assertThat(child.getMetadata().getUid()).isNotBlank();
  }

  @Test
  void orphanDeletionLeavesDependentsWithoutTheOwnerReference() {
    ConfigMap owner = create("or-owner", null);
    create("or-child", owner);

    client
        .configMaps()
        .withName("or-owner")
        .withPropagationPolicy(DeletionPropagation.ORPHAN)
        .delete();

    eventually()
        .untilAsserted(() -> assertThat(client.configMaps().withName("or-owner").get()).isNull());
    ConfigMap child = client.configMaps().withName("or-child").get();
    assertThat(child).isNotNull();
    assertThat(child.getMetadata().getOwnerReferences()).isEmpty();
  }

  @Test
  void deletingANamespaceDeletesItsContentThenTheNamespace() {
    client
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName("doomed").endMetadata().build())
        .create();
    client
        .configMaps()
        .inNamespace("doomed")
        .resource(new ConfigMapBuilder().withNewMetadata().withName("a").endMetadata().build())
        .create();
    client
        .secrets()
        .inNamespace("doomed")
        .resource(
            new io.fabric8.kubernetes.api.model.SecretBuilder()
                .withNewMetadata()
                .withName("b")
                .endMetadata()
                .build())
        .create();

    client.namespaces().withName("doomed").delete();

    eventually()
        .untilAsserted(
            () -> {
              assertThat(client.namespaces().withName("doomed").get()).isNull();
              assertThat(client.configMaps().inNamespace("doomed").list().getItems()).isEmpty();
              assertThat(client.secrets().inNamespace("doomed").list().getItems()).isEmpty();
            });
  }

  @Test
  void aFinalizerKeepsAnObjectUntilItIsRemoved() {
    client
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("held")
                .addToFinalizers("example.com/hold")
                .endMetadata()
                .build())
        .create();

    client.configMaps().withName("held").delete();

    assertThat(client.configMaps().withName("held").get().getMetadata().getDeletionTimestamp())
        .isNotNull();
    client
        .configMaps()
        .withName("held")
        .edit(
            c -> {
              c.getMetadata().getFinalizers().clear();
              return c;
            });
    eventually()
        .untilAsserted(() -> assertThat(client.configMaps().withName("held").get()).isNull());
  }

  private static ConfigMap create(String name, ConfigMap owner) {
    ConfigMapBuilder builder =
        new ConfigMapBuilder().withNewMetadata().withName(name).endMetadata();
    if (owner != null) {
      builder
          .editMetadata()
          .addToOwnerReferences(
              new OwnerReferenceBuilder()
                  .withApiVersion("v1")
                  .withKind("ConfigMap")
                  .withName(owner.getMetadata().getName())
                  .withUid(owner.getMetadata().getUid())
                  .withBlockOwnerDeletion(true)
                  .build())
          .endMetadata();
    }
    return client.resource(builder.build()).create();
  }

  private static ConditionFactory eventually() {
    return await().atMost(Duration.ofSeconds(15)).ignoreExceptions();
  }
}
