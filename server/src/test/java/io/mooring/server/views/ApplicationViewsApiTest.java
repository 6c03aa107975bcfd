package io.mooring.server.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.ModelCodec;
import io.mooring.server.MooringServerFixture;
import io.mooring.testkit.git.TestRepo;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application views the UI and CLI read — resource tree (and its stream), managed resources,
 * revision metadata — against {@code mooring server} on an embedded cluster with a real Git
 * repository.
 */
class ApplicationViewsApiTest {
  static final String SECRET_VALUE = "s3cr3t-Hunter2";
  private static final String DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web}
      spec:
        replicas: 2
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            restartPolicy: Always   # the sandbox does not default it as an API server would
            containers:
            - name: web
              image: nginx:1.27
      """;
  private static final String SECRET =
      """
      apiVersion: v1
      kind: Secret
      metadata: {name: db-credentials}
      stringData: {password: "%s"}
      """
          .formatted(SECRET_VALUE);

  private static final String PRE_SYNC_JOB =
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: migrate
        annotations: {argocd.argoproj.io/hook: PreSync}
      spec:
        template:
          spec:
            restartPolicy: Never
            containers: [{name: migrate, image: busybox:1.36}]
      """;
  private static final String CONFIG_MAP =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: settings}
      data: {mode: fast}
      """;

  @TempDir Path work;
  private MooringServerFixture mooring;
  private String token;

  @BeforeEach
  void start() {
    mooring =
        MooringServerFixture.start(
            work,
            Map.of(
                "web/deployment.yaml", DEPLOYMENT,
                "db/secret.yaml", SECRET,
                "hooked/job.yaml", PRE_SYNC_JOB,
                "hooked/settings.yaml", CONFIG_MAP));
    token = mooring.loginAsAdmin();
  }

  @AfterEach
  void stop() {
    mooring.close();
  }

  @Test
  void aSyncedDeploymentsTreeLeadsThroughItsReplicaSetToItsPodsWithHealth() {
    mooring.createSyncedApp(token, "web", "web");

    JsonNode tree =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> mooring.getJson("/api/v1/applications/web/resource-tree", token),
                t ->
                    nodes(t, "Pod").size() == 2
                        && healthOf(nodes(t, "Pod").get(0)).equals("Healthy"));

    JsonNode deployment = nodes(tree, "Deployment").get(0);
    assertThat(deployment.get("group").asText()).isEqualTo("apps");
    assertThat(deployment.get("version").asText()).isEqualTo("v1");
    assertThat(deployment.get("namespace").asText()).isEqualTo("default");
    assertThat(deployment.get("uid").asText()).isNotEmpty();
    assertThat(deployment.get("resourceVersion").asText()).isNotEmpty();
    assertThat(deployment.get("createdAt").asText()).isNotEmpty();
    assertThat(deployment.has("parentRefs")).isFalse();
    assertThat(healthOf(deployment)).isEqualTo("Healthy");

    List<JsonNode> replicaSets = nodes(tree, "ReplicaSet");
    assertThat(replicaSets).hasSize(1);
    JsonNode replicaSet = replicaSets.get(0);
    assertThat(replicaSet.at("/parentRefs/0/kind").asText()).isEqualTo("Deployment");
    assertThat(replicaSet.at("/parentRefs/0/name").asText()).isEqualTo("web");
    assertThat(replicaSet.at("/parentRefs/0/uid").asText())
        .isEqualTo(deployment.get("uid").asText());
    assertThat(info(replicaSet, "Revision")).isEqualTo("Rev:1");

    for (JsonNode pod : nodes(tree, "Pod")) {
      assertThat(pod.at("/parentRefs/0/kind").asText()).isEqualTo("ReplicaSet");
      assertThat(pod.at("/parentRefs/0/uid").asText()).isEqualTo(replicaSet.get("uid").asText());
      assertThat(healthOf(pod)).isEqualTo("Healthy");
      assertThat(info(pod, "Containers")).isEqualTo("1/1");
      assertThat(info(pod, "Status Reason")).isEqualTo("Running");
      assertThat(pod.get("images")).extracting(JsonNode::asText).containsExactly("nginx:1.27");
    }
  }

  @Test
  void aDeploymentChangedInTheClusterIsModifiedWithADiff() {
    mooring.createSyncedApp(token, "web", "web");
    JsonNode synced = deploymentItem();
    assertThat(synced.get("modified").asBoolean()).isFalse();
    assertThat(synced.get("hook").asBoolean()).isFalse();
    assertThat(synced.has("diff")).isFalse();

    mooring.kube.apps().deployments().inNamespace("default").withName("web").scale(4);

    JsonNode drifted =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(this::deploymentItem, item -> item.get("modified").asBoolean());
    assertThat(drifted.get("diff").asText()).contains("replicas: 4").contains("replicas: 2");
    assertThat(json(drifted.get("liveState").asText()).at("/spec/replicas").asInt()).isEqualTo(4);
    assertThat(json(drifted.get("predictedLiveState").asText()).at("/spec/replicas").asInt())
        .isEqualTo(2);
    assertThat(json(drifted.get("targetState").asText()).at("/metadata/namespace").asText())
        .isEqualTo("default");
    assertThat(drifted.get("resourceVersion").asText()).isNotEmpty();
  }

  @Test
  void aSecretsValueAppearsInNoViewBeforeOrAfterSyncOrDrift() {
    List<String> bodies = new ArrayList<>();
    mooring.createApp(token, "db", "db");
    JsonNode missing =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> managedResources("db", "").get("items"), items -> items.size() == 1);
    bodies.add(missing.toString());
    assertThat(missing.get(0).get("liveState").asText()).isEqualTo("null");
    assertThat(json(missing.get(0).get("targetState").asText()).at("/data/password").asText())
        .matches("\\++");

    mooring.sync(token, "db");
    mooring.awaitApp(token, "db", a -> "Synced".equals(a.at("/status/sync/status").asText()));
    bodies.add(managedResources("db", "").toString());

    mooring
        .kube
        .secrets()
        .inNamespace("default")
        .withName("db-credentials")
        .edit(
            s -> {
              // the sandbox keeps stringData as written (an API server folds it into data)
              s.setStringData(null);
              s.setData(Map.of("password", base64("changed-" + SECRET_VALUE)));
              return s;
            });
    JsonNode drifted =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> managedResources("db", "").get("items").get(0),
                item -> item.get("modified").asBoolean());
    bodies.add(drifted.toString());
    assertThat(drifted.get("diff").asText()).contains("password: ++++");
    bodies.add(mooring.send("GET", "/api/v1/applications/db/resource-tree", token, null).body());
    bodies.add(mooring.send("GET", "/api/v1/applications/db/manifests", token, null).body());

    assertThat(bodies)
        .allSatisfy(
            body ->
                assertThat(body)
                    .doesNotContain(SECRET_VALUE)
                    .doesNotContain(base64(SECRET_VALUE))
                    .doesNotContain(base64("changed-" + SECRET_VALUE)));
  }

  @Test
  void aHookIsMarkedInManagedResourcesAndItsPodHangsUnderItInTheTree() {
    mooring.createSyncedApp(token, "hooked", "hooked");

    JsonNode job = managedResources("hooked", "?kind=Job").get("items").get(0);
    assertThat(job.get("name").asText()).isEqualTo("migrate");
    assertThat(job.get("hook").asBoolean()).isTrue();
    assertThat(job.get("modified").asBoolean()).isFalse();
    assertThat(job.get("liveState").asText()).isNotEqualTo("null");
    JsonNode configMap = managedResources("hooked", "?kind=ConfigMap").get("items").get(0);
    assertThat(configMap.get("hook").asBoolean()).isFalse();

    JsonNode tree = mooring.getJson("/api/v1/applications/hooked/resource-tree", token);
    JsonNode jobNode = nodes(tree, "Job").get(0);
    assertThat(healthOf(jobNode)).isEqualTo("Healthy");
    List<JsonNode> pods = nodes(tree, "Pod");
    assertThat(pods).isNotEmpty();
    assertThat(pods.get(0).at("/parentRefs/0/kind").asText()).isEqualTo("Job");
    assertThat(pods.get(0).at("/parentRefs/0/uid").asText()).isEqualTo(jobNode.get("uid").asText());
    assertThat(info(pods.get(0), "Status Reason")).isEqualTo("Completed");
  }

  @Test
  void managedResourcesAreFilteredByKindAndName() {
    mooring.createApp(token, "web", "web");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> managedResources("web", "").get("items").size() == 1);

    assertThat(managedResources("web", "?kind=Deployment&name=web").get("items")).hasSize(1);
    assertThat(managedResources("web", "?kind=Service").get("items")).isEmpty();
    assertThat(managedResources("web", "?group=apps&version=v1&namespace=default").get("items"))
        .hasSize(1);
  }

  @Test
  void revisionMetadataDescribesACommitMadeByTheTest() {
    ObjectId commit =
        mooring.repo.commitFiles(
            "Scale the web tier\n\nTwo replicas are enough.",
            Map.of("web/deployment.yaml", DEPLOYMENT));
    mooring.repo.lightweightTag("v1.2.0", commit);
    mooring.createApp(token, "web", "web");

    JsonNode metadata =
        mooring.getJson("/api/v1/applications/web/revisions/" + commit.name() + "/metadata", token);

    assertThat(metadata.get("author").asText()).isEqualTo("Mooring Test <test@mooring.invalid>");
    assertThat(metadata.get("message").asText())
        .isEqualTo("Scale the web tier\n\nTwo replicas are enough.");
    assertThat(metadata.get("tags")).extracting(JsonNode::asText).containsExactly("v1.2.0");
    assertThat(metadata.get("date").asText())
        .isEqualTo(mooring.repo.head(TestRepo.MAIN).getAuthorIdent().getWhenAsInstant().toString());
    assertThat(
            mooring
                .getJson("/api/v1/applications/web/revisions/v1.2.0/metadata", token)
                .get("message")
                .asText())
        .startsWith("Scale the web tier");

    HttpResponse<String> unknown =
        mooring.send(
            "GET", "/api/v1/applications/web/revisions/no-such-branch/metadata", token, null);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown.body()).get("message").asText())
        .contains("revision 'no-such-branch' not found");
  }

  @Test
  void theApiRendersThroughTheControllersOneRepositoryServer() throws Exception {
    JsonNode app = mooring.createSyncedApp(token, "web", "web");

    JsonNode manifests = mooring.getJson("/api/v1/applications/web/manifests", token);
    assertThat(manifests.get("revision").asText())
        .isEqualTo(app.at("/status/sync/revision").asText());
    assertThat(managedResources("web", "").get("items")).hasSize(1);
    mooring.getJson(
        "/api/v1/applications/web/revisions/" + manifests.get("revision").asText() + "/metadata",
        token);

    try (var entries = Files.list(mooring.dataDirectory)) {
      assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("repositories");
    }
  }

  @Test
  void theTreeStreamSendsANewTreeWhenTheDeploymentScales() throws Exception {
    mooring.createSyncedApp(token, "web", "web");
    URI uri = URI.create(mooring.server.url() + "/api/v1/stream/applications/web/resource-tree");
    try (EventStream stream = new EventStream(mooring.client(), uri, token)) {
      JsonNode first = untilTree(stream, tree -> nodes(tree, "Pod").size() == 2);
      assertThat(nodes(first, "ReplicaSet")).hasSize(1);

      mooring.kube.apps().deployments().inNamespace("default").withName("web").scale(3);

      JsonNode scaled = untilTree(stream, tree -> nodes(tree, "Pod").size() == 3);
      assertThat(nodes(scaled, "Deployment")).hasSize(1);
    }
  }

  @Test
  void theApplicationsStreamTellsOfAChangeMadeToTheAppInTheCluster() throws Exception {
    mooring.createSyncedApp(token, "web", "web");
    URI uri = URI.create(mooring.server.url() + "/api/v1/stream/applications?name=web");
    try (EventStream stream = new EventStream(mooring.client(), uri, token)) {
      mooring
          .kube
          .genericKubernetesResources("argoproj.io/v1alpha1", "Application")
          .inNamespace("argocd")
          .withName("web")
          .edit(
              app -> {
                app.getMetadata().setLabels(Map.of("team", "payments"));
                return app;
              });

      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      JsonNode labelled = null;
      while (labelled == null && System.nanoTime() < deadline) {
        String data = stream.next(Duration.ofSeconds(1));
        JsonNode app = data == null ? null : json(data).at("/result/application");
        if (app != null && "payments".equals(app.at("/metadata/labels/team").asText())) {
          labelled = app;
        }
      }
      assertThat(labelled).as("an event with the new label (HTTP %s)", stream.status()).isNotNull();
      assertThat(labelled.at("/metadata/name").asText()).isEqualTo("web");
    }
  }

  private JsonNode untilTree(EventStream stream, java.util.function.Predicate<JsonNode> wanted)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      String data = stream.next(Duration.ofSeconds(1));
      if (data != null) {
        JsonNode tree = json(data).get("result");
        if (wanted.test(tree)) {
          return tree;
        }
      }
    }
    throw new AssertionError("no wanted tree arrived on the stream (HTTP " + stream.status() + ")");
  }

  private JsonNode deploymentItem() {
    return managedResources("web", "?kind=Deployment").get("items").get(0);
  }

  private JsonNode managedResources(String app, String query) {
    return mooring.getJson("/api/v1/applications/" + app + "/managed-resources" + query, token);
  }

  static List<JsonNode> nodes(JsonNode tree, String kind) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode node : tree.get("nodes")) {
      if (node.get("kind").asText().equals(kind)) {
        found.add(node);
      }
    }
    return found;
  }

  private static String healthOf(JsonNode node) {
    return node.at("/health/status").asText();
  }

  private static String info(JsonNode node, String name) {
    for (JsonNode item : node.path("info")) {
      if (item.get("name").asText().equals(name)) {
        return item.get("value").asText();
      }
    }
    return null;
  }

  private static String base64(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode json(String text) {
    return MooringServerFixture.json(text);
  }

  static {
    ModelCodec.jsonMapper();
  }
}
