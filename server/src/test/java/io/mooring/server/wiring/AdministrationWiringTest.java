package io.mooring.server.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.model.ModelCodec;
import io.mooring.sandbox.EmbeddedCluster;
import io.mooring.server.MooringServerFixture;
import io.mooring.testkit.git.GitHttpServer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mooring server} on an embedded cluster, administered through the REST API: a private
 * repository added and used at once, projects and their role tokens, clusters — each stored as Argo
 * CD stores it in the control namespace.
 */
class AdministrationWiringTest {
  private static final String PASSWORD = "wired-pr1vate-pa55word";
  private static final String APP =
      """
      {"metadata": {"name": "private-app"},
       "spec": {"project": "default",
                "source": {"repoURL": "%s", "path": "app", "targetRevision": "main"},
                "destination": {"server": "https://kubernetes.default.svc", "namespace": "default"}}}
      """;

  @TempDir Path work;
  private MooringServerFixture mooring;
  private EmbeddedCluster cluster;
  private KubernetesClient kube;
  private GitHttpServer git;
  private String admin;

  @BeforeEach
  void start() {
    mooring =
        MooringServerFixture.start(
            work,
            work.resolve("served/private.git"),
            Map.of(
                "app/cm.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: from-private}\ndata: {a: b}\n"));
    cluster = mooring.cluster;
    kube = mooring.kube;
    git =
        GitHttpServer.startWithBasicAuth(
            work.resolve("served"), new GitHttpServer.BasicAuth("alice", PASSWORD));
    admin = mooring.loginAsAdmin();
  }

  @AfterEach
  void stop() {
    git.close();
    mooring.close();
  }

  @Test
  void aPrivateRepositoryAddedThroughTheApiIsUsedByANewAppWithoutARestart() {
    String url = git.url("private.git");
    HttpResponse<String> added =
        send(
            "POST",
            "/api/v1/repositories",
            "{\"repo\": \"%s\", \"username\": \"alice\", \"password\": \"%s\"}"
                .formatted(url, PASSWORD));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    Secret secret = credentialSecrets("repository").get(0);
    assertThat(secret.getMetadata().getName()).matches("repo-\\d+");
    assertThat(decoded(secret, "password")).isEqualTo(PASSWORD);
    assertThat(decoded(secret, "url")).isEqualTo(url);
    assertThat(send("GET", "/metrics", null).body())
        .as("the server's check of the repository is counted with the controller's Git requests")
        .containsPattern(
            "argocd_git_request_total\\{[^}]*repo=\""
                + Pattern.quote(url)
                + "\"[^}]*request_type=\"ls-remote\"[^}]*} 1\\.0");

    assertThat(send("POST", "/api/v1/applications", APP.formatted(url)).statusCode())
        .isEqualTo(200);
    HttpResponse<String> synced = send("POST", "/api/v1/applications/private-app/sync", "{}");
    assertThat(synced.statusCode()).as(synced.body()).isEqualTo(200);

    await("the app synced from the private repository")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> json(send("GET", "/api/v1/applications/private-app", null)),
            a -> "Synced".equals(a.at("/status/sync/status").asText()));
    assertThat(kube.configMaps().inNamespace("default").withName("from-private").get()).isNotNull();
    HttpResponse<String> listed = send("GET", "/api/v1/repositories", null);
    assertThat(json(listed).at("/items/0/connectionState/status").asText()).isEqualTo("Successful");
    assertThat(listed.body()).doesNotContain(PASSWORD);
  }

  @Test
  void projectsAndTheirRoleTokensAreAppProjectsInTheControlNamespace() {
    String project =
        """
        {"project": {"metadata": {"name": "team-a"},
                     "spec": {"sourceRepos": ["*"], "destinations": [{"server": "*", "namespace": "*"}],
                              "roles": [{"name": "ci", "policies": ["p, proj:team-a:ci, applications, get, team-a/*, allow"]}]}}}
        """;
    assertThat(send("POST", "/api/v1/projects", project).statusCode()).isEqualTo(200);
    String token =
        json(send("POST", "/api/v1/projects/team-a/roles/ci/token", "{\"id\": \"ci-1\"}"))
            .get("token")
            .asText();

    GenericKubernetesResource stored = appProject("team-a");
    assertThat(ModelCodec.toJson(stored)).contains("\"jwtTokensByRole\"", "\"ci-1\"");
    await("the token is accepted once the server has seen it")
        .atMost(Duration.ofSeconds(30))
        .until(() -> sendAs(token, "GET", "/api/v1/applications").statusCode() == 200);

    long iat =
        json(send("GET", "/api/v1/projects/team-a", null))
            .at("/spec/roles/0/jwtTokens/0/iat")
            .asLong();
    assertThat(
            send("DELETE", "/api/v1/projects/team-a/roles/ci/token/" + iat + "?id=ci-1", null)
                .statusCode())
        .isEqualTo(200);
    await("the revoked token is refused")
        .atMost(Duration.ofSeconds(30))
        .until(() -> sendAs(token, "GET", "/api/v1/applications").statusCode() == 401);

    assertThat(send("DELETE", "/api/v1/projects/team-a", null).statusCode()).isEqualTo(200);
    assertThat(appProjectOrNull("team-a")).isNull();
  }

  @Test
  void aReachableClusterIsStoredAsAClusterSecretAndListedAfterTheLocalOne() {
    String sandbox = cluster.url();
    String body =
        "{\"server\": \"%s\", \"name\": \"sandbox\", \"config\": {\"bearerToken\": \"sandbox-bearer-t0ken\","
                .formatted(sandbox)
            + " \"tlsClientConfig\": {\"insecure\": true}}}";

    HttpResponse<String> added = send("POST", "/api/v1/clusters", body);

    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    Secret secret = credentialSecrets("cluster").get(0);
    assertThat(decoded(secret, "server")).isEqualTo(sandbox);
    assertThat(decoded(secret, "config")).contains("sandbox-bearer-t0ken");
    HttpResponse<String> listed = send("GET", "/api/v1/clusters", null);
    JsonNode items = json(listed).get("items");
    assertThat(items)
        .extracting(c -> c.get("name").asText())
        .containsExactly("in-cluster", "sandbox");
    assertThat(items)
        .allSatisfy(
            c -> assertThat(c.at("/connectionState/status").asText()).isEqualTo("Successful"));
    assertThat(items.get(1).get("serverVersion").asText()).isNotBlank();
    assertThat(listed.body() + added.body()).doesNotContain("sandbox-bearer-t0ken");

    String path = "/api/v1/clusters/" + URLEncoder.encode(sandbox, StandardCharsets.UTF_8);
    assertThat(send("DELETE", path, null).statusCode()).isEqualTo(200);
    assertThat(credentialSecrets("cluster")).isEmpty();
  }

  private List<Secret> credentialSecrets(String type) {
    return kube.secrets()
        .inNamespace("argocd")
        .withLabel("argocd.argoproj.io/secret-type", type)
        .list()
        .getItems();
  }

  private static String decoded(Secret secret, String key) {
    return new String(
        Base64.getDecoder().decode(secret.getData().get(key)), StandardCharsets.UTF_8);
  }

  private GenericKubernetesResource appProject(String name) {
    return Optional.ofNullable(appProjectOrNull(name)).orElseThrow();
  }

  private GenericKubernetesResource appProjectOrNull(String name) {
    return kube.genericKubernetesResources("argoproj.io/v1alpha1", "AppProject")
        .inNamespace("argocd")
        .withName(name)
        .get();
  }

  private HttpResponse<String> send(String method, String path, String body) {
    return sendAs(admin, method, path, body);
  }

  private HttpResponse<String> sendAs(String token, String method, String path) {
    return sendAs(token, method, path, null);
  }

  private HttpResponse<String> sendAs(String token, String method, String path, String body) {
    return mooring.send(method, path, token, body);
  }

  private static JsonNode json(HttpResponse<String> response) {
    return MooringServerFixture.json(response);
  }
}
