package io.mooring.sandbox.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.mooring.sandbox.EmbeddedCluster;
import io.mooring.sandbox.EmbeddedClusterOptions;
import io.mooring.sandbox.sim.SimulatorOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiServerBehaviourTest {
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
  void discoveryListsBuiltInGroupsWithScopeAndShortNames() {
    assertThat(client.getApiGroups().getGroups())
        .extracting(g -> g.getName())
        .contains(
            "apps",
            "batch",
            "networking.k8s.io",
            "rbac.authorization.k8s.io",
            "policy",
            "autoscaling",
            "storage.k8s.io",
            "apiextensions.k8s.io",
            "coordination.k8s.io",
            "events.k8s.io");
    APIResource deployments =
        client.getApiResources("apps/v1").getResources().stream()
            .filter(r -> r.getName().equals("deployments"))
            .findFirst()
            .orElseThrow();
    assertThat(deployments.getNamespaced()).isTrue();
    assertThat(deployments.getShortNames()).containsExactly("deploy");
    assertThat(deployments.getVerbs()).contains("patch", "watch");
    assertThat(client.getApiResources("v1").getResources())
        .anySatisfy(
            r -> {
              assertThat(r.getName()).isEqualTo("namespaces");
              assertThat(r.getNamespaced()).isFalse();
            });
    assertThat(client.getKubernetesVersion().getMinor()).isEqualTo(Discovery.MINOR);
  }

  @Test
  void customResourceDefinitionsAppearInDiscovery() {
    client
        .apiextensions()
        .v1()
        .customResourceDefinitions()
        .load(getClass().getResourceAsStream("/crd-widgets.yaml"))
        .create();

    APIResource widgets =
        client.getApiResources("example.com/v1").getResources().stream()
            .filter(r -> r.getName().equals("widgets"))
            .findFirst()
            .orElseThrow();
    assertThat(widgets.getKind()).isEqualTo("Widget");
    assertThat(widgets.getShortNames()).containsExactly("wd");
    assertThat(client.getApiGroups().getGroups())
        .extracting(g -> g.getName())
        .contains("example.com");
  }

  @Test
  void dryRunCreateStoresNothing() {
    ConfigMap cm =
        new ConfigMapBuilder()
            .withNewMetadata()
            .withName("dry")
            .endMetadata()
            .addToData("k", "v")
            .build();

    ConfigMap answered = client.configMaps().resource(cm).dryRun().create();

    assertThat(answered.getMetadata().getUid()).isNotBlank();
    assertThat(client.configMaps().withName("dry").get()).isNull();
  }

  @Test
  void dryRunPatchAndDeleteChangeNothing() {
    client
        .configMaps()
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("kept")
                .endMetadata()
                .addToData("k", "v")
                .build())
        .create();

    ConfigMap answered =
        client
            .configMaps()
            .withName("kept")
            .dryRun()
            .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"data\":{\"k\":\"w\"}}");
    client.configMaps().withName("kept").dryRun().delete();

    assertThat(answered.getData()).containsEntry("k", "w");
    assertThat(client.configMaps().withName("kept").get().getData()).containsEntry("k", "v");
  }

  @Test
  void strategicMergePatchMergesContainersByName() {
    client.resource(deployment("smp")).create();

    client
        .apps()
        .deployments()
        .withName("smp")
        .patch(
            PatchContext.of(PatchType.STRATEGIC_MERGE),
            "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"main\",\"image\":\"app:2\"}]}}}}");

    Deployment d = client.apps().deployments().withName("smp").get();
    assertThat(d.getSpec().getTemplate().getSpec().getContainers()).hasSize(2);
    assertThat(d.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
        .isEqualTo("app:2");
    assertThat(d.getMetadata().getGeneration()).isEqualTo(2L);
  }

  @Test
  void serverSideApplyCreatesThenMerges() {
    client.resource(deployment("ssa")).serverSideApply();
    Deployment changed = deployment("ssa");
    changed.getSpec().setReplicas(5);
    changed.getSpec().getTemplate().getSpec().getContainers().remove(1);

    client.resource(changed).serverSideApply();

    Deployment d = client.apps().deployments().withName("ssa").get();
    assertThat(d.getSpec().getReplicas()).isEqualTo(5);
    assertThat(d.getSpec().getTemplate().getSpec().getContainers())
        .as(
            "merge semantics: a container dropped from the applied config stays (no field ownership)")
        .hasSize(2);
  }

  @Test
  void scaleSubresourceReadsAndWritesReplicas() {
    client.resource(deployment("scaled")).create();

    client.apps().deployments().withName("scaled").scale(7);

    assertThat(client.apps().deployments().withName("scaled").get().getSpec().getReplicas())
        .isEqualTo(7);
    assertThat(client.apps().deployments().withName("scaled").scale().getSpec().getReplicas())
        .isEqualTo(7);
  }

  @Test
  void statusOfBuiltInKindsOnlyChangesThroughTheStatusSubresource() {
    Deployment d = client.resource(deployment("kept-status")).create();
    d.setStatus(
        new io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder().withReplicas(3).build());
    client.resource(d).updateStatus();

    client
        .apps()
        .deployments()
        .withName("kept-status")
        .edit(
            fresh -> {
              fresh.setStatus(null);
              fresh.getMetadata().getLabels().put("touched", "yes");
              return fresh;
            });

    Deployment after = client.apps().deployments().withName("kept-status").get();
    assertThat(after.getStatus().getReplicas()).isEqualTo(3);
    assertThat(after.getMetadata().getLabels()).containsEntry("touched", "yes");
  }

  @Test
  void creatingInAMissingNamespaceIsNotFound() {
    ConfigMap cm =
        new ConfigMapBuilder()
            .withNewMetadata()
            .withName("x")
            .withNamespace("nowhere")
            .endMetadata()
            .build();

    assertThatThrownBy(() -> client.configMaps().inNamespace("nowhere").resource(cm).create())
        .isInstanceOfSatisfying(
            KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(404));
  }

  @Test
  void strategicMergePatchOnACustomResourceIsUnsupportedMediaType() {
    client
        .apiextensions()
        .v1()
        .customResourceDefinitions()
        .load(getClass().getResourceAsStream("/crd-gadgets.yaml"))
        .create();
    GenericKubernetesResource gadget = new GenericKubernetesResource();
    gadget.setApiVersion("example.com/v1");
    gadget.setKind("Gadget");
    gadget.setMetadata(
        new io.fabric8.kubernetes.api.model.ObjectMetaBuilder()
            .withName("g")
            .withNamespace("default")
            .build());
    client.resource(gadget).create();

    assertThatThrownBy(
            () ->
                client
                    .genericKubernetesResources("example.com/v1", "Gadget")
                    .withName("g")
                    .patch(PatchContext.of(PatchType.STRATEGIC_MERGE), "{\"spec\":{\"a\":1}}"))
        .isInstanceOfSatisfying(
            KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(415));
  }

  @Test
  void plainHttpWatchStreamsEventsAsJsonLines() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(cluster.url() + "/api/v1/namespaces/kube-system/configmaps?watch=true"))
            .build();
    var lines = http.send(request, HttpResponse.BodyHandlers.ofLines()).body().iterator();
    client
        .configMaps()
        .inNamespace("kube-system")
        .resource(
            new ConfigMapBuilder().withNewMetadata().withName("watched").endMetadata().build())
        .create();

    String first = lines.next();

    assertThat(first).contains("\"type\":\"ADDED\"").contains("\"name\":\"watched\"");
  }

  private static Deployment deployment(String name) {
    return new DeploymentBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace("default")
        .addToLabels("app", name)
        .endMetadata()
        .withNewSpec()
        .withReplicas(1)
        .withNewSelector()
        .addToMatchLabels("app", name)
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .addToLabels("app", name)
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName("main")
        .withImage("app:1")
        .endContainer()
        .addNewContainer()
        .withName("sidecar")
        .withImage("proxy:1")
        .endContainer()
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
  }
}
