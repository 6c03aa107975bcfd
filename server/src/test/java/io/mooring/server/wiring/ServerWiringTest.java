package io.mooring.server.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.server.MooringServerFixture;
import io.mooring.testkit.git.TestRepo;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mooring server} as a user meets it ({@link MooringServerFixture}: an embedded cluster with
 * the CRDs, a Git repository, the server started from a kubeconfig); then everything through the
 * REST API.
 */
class ServerWiringTest {
  private static final String CONFIG_MAP =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: greeting}
      data: {text: "%s"}
      """;
  private static final String APP =
      """
      {"metadata": {"name": "greeting"},
       "spec": {"project": "default",
                "source": {"repoURL": "%s", "path": "app", "targetRevision": "main"},
                "destination": {"server": "https://kubernetes.default.svc", "namespace": "default"}}}
      """;

  @TempDir Path work;
  private MooringServerFixture mooring;
  private KubernetesClient kube;
  private TestRepo repo;
  private RunningServer server;

  @BeforeEach
  void start() {
    mooring =
        MooringServerFixture.start(
            work, Map.of("app/greeting.yaml", CONFIG_MAP.formatted("hello")));
    kube = mooring.kube;
    repo = mooring.repo;
    server = mooring.server;
  }

  @AfterEach
  void stop() {
    mooring.close();
  }

  @Test
  void metricsServeTheControllersAndTheServersMetersInOneScrape() {
    String token = loginAsAdmin();
    HttpResponse<String> created =
        send("POST", "/api/v1/applications", token, APP.formatted(repoUrl()));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    awaitApp(token, app -> "OutOfSync".equals(app.at("/status/sync/status").asText()));

    HttpResponse<String> scrape = send("GET", "/metrics", token, null);

    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.body())
        .contains("argocd_login_request_total{status=\"success\"} 1.0")
        .containsPattern("argocd_app_info\\{[^}]*name=\"greeting\"[^}]*sync_status=\"OutOfSync\"")
        .contains("argocd_app_reconcile_count{")
        .contains("argocd_cluster_info{")
        .contains("argocd_git_request_total{");
  }

  @Test
  void anAppCreatedAndSyncedThroughTheApiBecomesSyncedAndHealthy() {
    String token = loginAsAdmin();

    HttpResponse<String> created =
        send("POST", "/api/v1/applications", token, APP.formatted(repoUrl()));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    awaitApp(token, app -> "OutOfSync".equals(app.at("/status/sync/status").asText()));

    HttpResponse<String> synced =
        send("POST", "/api/v1/applications/greeting/sync", token, "{\"prune\": true}");
    assertThat(synced.statusCode()).as(synced.body()).isEqualTo(200);

    JsonNode app =
        awaitApp(
            token,
            a ->
                "Synced".equals(a.at("/status/sync/status").asText())
                    && "Healthy".equals(a.at("/status/health/status").asText()));
    assertThat(app.at("/status/operationState/operation/initiatedBy/username").asText())
        .isEqualTo("admin");
    assertThat(kube.configMaps().inNamespace("default").withName("greeting").get().getData())
        .containsEntry("text", "hello");

    JsonNode manifests = json(send("GET", "/api/v1/applications/greeting/manifests", token, null));
    assertThat(manifests.get("revision").asText())
        .isEqualTo(app.at("/status/sync/revision").asText());
    assertThat(manifests.get("manifests")).hasSize(1);
    assertThat(manifests.get("manifests").get(0).asText()).contains("\"hello\"");
    JsonNode tree = json(send("GET", "/api/v1/applications/greeting/resource-tree", token, null));
    assertThat(tree.get("nodes")).hasSize(1);
    assertThat(tree.at("/nodes/0/kind").asText()).isEqualTo("ConfigMap");
    assertThat(tree.at("/nodes/0/name").asText()).isEqualTo("greeting");
    JsonNode events =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> json(send("GET", "/api/v1/applications/greeting/events", token, null)),
                list -> list.get("items").size() > 0);
    assertThat(events.get("items").get(0).at("/involvedObject/name").asText())
        .isEqualTo("greeting");
  }

  @Test
  void aGitHubPushRefreshesTheAppAtTheNewRevision() {
    String token = loginAsAdmin();
    send("POST", "/api/v1/applications", token, APP.formatted(repoUrl()));
    String first =
        awaitApp(token, a -> !a.at("/status/sync/revision").asText().isEmpty())
            .at("/status/sync/revision")
            .asText();

    String pushed =
        repo.commitFiles("bye", Map.of("app/greeting.yaml", CONFIG_MAP.formatted("bye"))).name();
    String payload =
        """
        {"ref": "refs/heads/main", "after": "%s",
         "repository": {"html_url": "%s", "clone_url": "%s", "default_branch": "main"},
         "commits": []}
        """
            .formatted(pushed, repoUrl(), repoUrl());
    HttpResponse<String> hook =
        mooring.http(
            HttpRequest.newBuilder(URI.create(server.url() + "/api/webhook"))
                .header("X-GitHub-Event", "push")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload))
                .build());
    assertThat(hook.statusCode()).as(hook.body()).isEqualTo(200);

    JsonNode app = awaitApp(token, a -> pushed.equals(a.at("/status/sync/revision").asText()));
    assertThat(app.at("/status/sync/revision").asText()).isNotEqualTo(first);
  }

  private String loginAsAdmin() {
    return mooring.loginAsAdmin();
  }

  private JsonNode awaitApp(String token, Predicate<JsonNode> condition) {
    return mooring.awaitApp(token, "greeting", condition);
  }

  private String repoUrl() {
    return mooring.repoUrl();
  }

  private HttpResponse<String> send(String method, String path, String token, String body) {
    return mooring.send(method, path, token, body);
  }

  private static JsonNode json(HttpResponse<String> response) {
    return MooringServerFixture.json(response);
  }
}
