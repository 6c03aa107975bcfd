package io.mooring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.mooring.sandbox.EmbeddedCluster;
import io.mooring.sandbox.EmbeddedClusterOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControllerCommandTest {
  @TempDir Path dir;

  @Test
  void theControllerConnectsThroughAKubeconfigServesMetricsAndStopsWhenInterrupted()
      throws Exception {
    int metricsPort = freePort();
    try (EmbeddedCluster cluster = EmbeddedCluster.start(EmbeddedClusterOptions.forTests());
        KubernetesClient kube = cluster.newClient()) {
      Path kubeconfig = dir.resolve("kubeconfig");
      cluster.writeKubeconfig(kubeconfig);
      kube.namespaces()
          .resource(new NamespaceBuilder().withNewMetadata().withName("team").endMetadata().build())
          .create();
      for (String crd : new String[] {"application-crd.yaml", "appproject-crd.yaml"}) {
        try (InputStream in = Files.newInputStream(Path.of("..", "deploy", "crds", crd))) {
          kube.apiextensions()
              .v1()
              .customResourceDefinitions()
              .resource(Serialization.unmarshal(in, CustomResourceDefinition.class))
              .create();
        }
      }
      AtomicReference<CliRun> result = new AtomicReference<>();
      Thread run =
          new Thread(
              () ->
                  result.set(
                      CliRun.of(
                          "controller",
                          "--kubeconfig",
                          kubeconfig.toString(),
                          "--namespace",
                          "team",
                          "--data-dir",
                          dir.resolve("data").toString(),
                          "--metrics-port",
                          Integer.toString(metricsPort))));
      run.start();

      await().atMost(Duration.ofSeconds(60)).until(() -> defaultProject(kube) != null);
      applications(kube)
          .inNamespace("team")
          .resource(Serialization.unmarshal(APP, GenericKubernetesResource.class))
          .create();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  applications(kube)
                      .inNamespace("team")
                      .withName("web")
                      .get()
                      .getAdditionalProperties()
                      .containsKey("status"));
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  assertThat(get("http://127.0.0.1:" + metricsPort + "/metrics"))
                      .containsPattern("argocd_app_info\\{[^}]*name=\"web\""));
      run.interrupt();
      run.join(30_000);

      assertThat(run.isAlive()).isFalse();
      assertThat(result.get().exitCode()).isZero();
      assertThat(result.get().err()).contains("watching Applications in namespace team");
    }
  }

  @Test
  void aMetricsPortInUseIsAnErrorNamingTheOption() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      CliRun run =
          CliRun.of(
              "controller",
              "--data-dir",
              dir.resolve("data").toString(),
              "--metrics-port",
              Integer.toString(taken.getLocalPort()));

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err())
          .contains("--metrics-port")
          .contains(Integer.toString(taken.getLocalPort()));
    }
  }

  @Test
  void aNegativeMetricsPortIsAUsageError() {
    CliRun run = CliRun.of("controller", "--metrics-port", "-1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--metrics-port");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String get(String url) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(url)).build(), BodyHandlers.ofString());
    return response.statusCode() + "\n" + response.body();
  }

  @Test
  void aMissingKubeconfigIsAUsageError() {
    CliRun run = CliRun.of("controller", "--kubeconfig", dir.resolve("nope").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no such file");
  }

  private static final String APP =
      """
      apiVersion: argoproj.io/v1alpha1
      kind: Application
      metadata: {name: web, namespace: team}
      spec:
        source: {repoURL: 'file:///nonexistent/repo.git', path: web}
        destination: {server: 'https://kubernetes.default.svc', namespace: web}
      """;

  private static io.fabric8.kubernetes.client.dsl.MixedOperation<
          GenericKubernetesResource,
          io.fabric8.kubernetes.api.model.GenericKubernetesResourceList,
          io.fabric8.kubernetes.client.dsl.Resource<GenericKubernetesResource>>
      applications(KubernetesClient kube) {
    return kube.genericKubernetesResources(
        new ResourceDefinitionContext.Builder()
            .withGroup("argoproj.io")
            .withVersion("v1alpha1")
            .withKind("Application")
            .withPlural("applications")
            .withNamespaced(true)
            .build());
  }

  private static GenericKubernetesResource defaultProject(KubernetesClient kube) {
    return kube.genericKubernetesResources(
            new ResourceDefinitionContext.Builder()
                .withGroup("argoproj.io")
                .withVersion("v1alpha1")
                .withKind("AppProject")
                .withPlural("appprojects")
                .withNamespaced(true)
                .build())
        .inNamespace("team")
        .withName("default")
        .get();
  }
}
