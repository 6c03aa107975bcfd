package io.mooring.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.mooring.controller.runtime.ControllerSettings;
import io.mooring.sandbox.sim.SimulatorOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.StreamSupport;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.PushResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo started in-process on free ports, used through its REST API, its Git server and its
 * cluster. The controller's periodic refresh is an hour here, and the pushed commit lands on a
 * settled cluster (no resource changes pending): so a push that gets synced was taken through the
 * webhook — which the push's own reply and the server's webhook counter then confirm.
 */
class DemoTest {
  private static final List<String> EXAMPLES =
      List.of(
          "examples",
          "guestbook",
          "hello-chart",
          "release-waves",
          "shop-production",
          "shop-staging");
  private static final String WEBHOOKS = "argocd_webhook_requests_total{event_type=\"github\"}";

  @TempDir static Path work;
  private static RunningDemo demo;
  private static KubernetesClient kube;
  private static final List<List<String>> settled = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startTheDemo() {
    DemoConfig config =
        DemoConfig.defaults(DemoPorts.anyFree(), work.resolve("data"), "v0-test", Instant.now())
            .withSimulator(SimulatorOptions.fast())
            .withController(new ControllerSettings(4, 4, Duration.ofHours(1), Duration.ZERO));
    demo =
        Demo.start(
            config,
            new DemoListener() {
              @Override
              public void step(String description) {}

              @Override
              public void examplesSettled(List<String> apps, Duration sinceStart) {
                settled.add(apps);
              }
            });
    kube =
        new KubernetesClientBuilder()
            .withConfig(Config.fromKubeconfig(read(demo.access().kubeconfig())))
            .build();
  }

  @AfterAll
  static void stopTheDemo() {
    if (kube != null) {
      kube.close();
    }
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  void itsUiAndApiListenOnThisMachineOnly() {
    int port = demo.apiPort();

    assertThat(accepts("127.0.0.1", port)).as("127.0.0.1:%d", port).isTrue();
    assertThat(accepts("127.0.0.2", port))
        .as("127.0.0.2:%d (another address of this machine, not bound)", port)
        .isFalse();
    assertThat(demo.access().uiUrl()).isEqualTo("http://localhost:" + port);
  }

  private static boolean accepts(String host, int port) {
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress(host, port), 5_000);
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  @Test
  void everyExampleAppBecomesSyncedAndHealthy() {
    DemoApi admin = admin();

    Map<String, String> statuses = awaitAllExamplesSettled(admin);

    assertThat(statuses.keySet()).containsExactlyElementsOf(EXAMPLES);
    assertThat(statuses.values()).containsOnly("Synced/Healthy");
    await().atMost(Duration.ofSeconds(30)).until(() -> !settled.isEmpty());
    assertThat(settled.get(0)).containsExactlyInAnyOrderElementsOf(EXAMPLES);
  }

  @Test
  void eachKindOfSourceIsRenderedAsItsExampleSays() {
    awaitAllExamplesSettled(admin());

    assertThat(deployment("shop-production", "shop").getSpec().getReplicas()).isEqualTo(3);
    assertThat(deployment("shop-staging", "shop").getSpec().getReplicas()).isEqualTo(1);
    assertThat(
            kube.configMaps().inNamespace("shop-staging").list().getItems().stream()
                .map(c -> c.getData().get("banner")))
        .contains("This is the staging shop");
    assertThat(
            deployment("hello-chart", "hello-hello")
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0)
                .getEnv()
                .get(0)
                .getValue())
        .isEqualTo("Hello from a Helm chart in Git");
    assertThat(
            kube.batch().v1().jobs().inNamespace("release-waves").withName("migrate-schema").get())
        .as("the PreSync hook ran and is kept (BeforeHookCreation)")
        .isNotNull();
    assertThat(deployment("release-waves", "frontend")).isNotNull();
    assertThat(
            kube.configMaps()
                .inNamespace("guestbook")
                .withName("guestbook-settings")
                .get()
                .getData())
        .containsKey("greeting");
  }

  @Test
  void theViewerAccountCanReadButNotSync() {
    awaitAllExamplesSettled(admin());
    DemoApi viewer = DemoApi.login(demo.access().uiUrl(), "viewer", demo.access().viewerPassword());

    assertThat(viewer.get("/api/v1/applications/guestbook").at("/metadata/name").asText())
        .isEqualTo("guestbook");
    var sync = viewer.send("POST", "/api/v1/applications/guestbook/sync", "{}");
    assertThat(sync.statusCode()).isEqualTo(403);
    assertThat(sync.body()).contains("permission denied");
  }

  @Test
  void aCommitPushedOverHttpIsSyncedThroughTheWebhook() throws Exception {
    DemoApi admin = admin();
    awaitAllExamplesSettled(admin);
    double webhooksBefore = admin.metric(WEBHOOKS);
    Path clone = work.resolve("clone");

    List<String> remoteMessages = new ArrayList<>();
    try (Git git =
        Git.cloneRepository()
            .setURI(demo.access().cloneUrl())
            .setDirectory(clone.toFile())
            .call()) {
      Path deployment = clone.resolve("guestbook/deployment.yaml");
      Files.writeString(
          deployment, Files.readString(deployment).replace("replicas: 2", "replicas: 3"));
      git.commit()
          .setAll(true)
          .setAuthor("Tester", "tester@example.com")
          .setCommitter("Tester", "tester@example.com")
          .setMessage("guestbook: 3 replicas")
          .call();
      for (PushResult result : git.push().call()) {
        remoteMessages.add(result.getMessages());
      }
    }

    assertThat(String.join("\n", remoteMessages))
        .contains(
            "webhook delivered for refs/heads/main (1 push event(s) verified and dispatched)");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> deployment("guestbook", "guestbook-web").getSpec().getReplicas() == 3);
    assertThat(admin.metric(WEBHOOKS)).isEqualTo(webhooksBefore + 1);
    String pushed = head(clone);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> admin.get("/api/v1/applications/guestbook").at("/status/sync/revision").asText(),
            pushed::equals);
  }

  private static String head(Path clone) throws Exception {
    try (Git git = Git.open(clone.toFile())) {
      return git.getRepository().resolve("HEAD").getName();
    }
  }

  private static DemoApi admin() {
    return DemoApi.login(demo.access().uiUrl(), "admin", demo.access().adminPassword());
  }

  private static Map<String, String> awaitAllExamplesSettled(DemoApi admin) {
    return await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> statuses(admin),
            s -> s.keySet().containsAll(EXAMPLES) && !s.containsValue("pending"));
  }

  private static Map<String, String> statuses(DemoApi admin) {
    Map<String, String> statuses = new TreeMap<>();
    JsonNode items = admin.get("/api/v1/applications").path("items");
    StreamSupport.stream(items.spliterator(), false)
        .forEach(
            app -> {
              String status =
                  app.at("/status/sync/status").asText()
                      + "/"
                      + app.at("/status/health/status").asText();
              statuses.put(
                  app.at("/metadata/name").asText(),
                  status.equals("Synced/Healthy") && app.path("operation").isMissingNode()
                      ? status
                      : "pending");
            });
    return statuses;
  }

  private static Deployment deployment(String namespace, String name) {
    return kube.apps().deployments().inNamespace(namespace).withName(name).get();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
