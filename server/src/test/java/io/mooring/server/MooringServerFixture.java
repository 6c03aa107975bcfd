package io.mooring.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.controller.runtime.ControllerSettings;
import io.mooring.model.ModelCodec;
import io.mooring.sandbox.EmbeddedCluster;
import io.mooring.sandbox.EmbeddedClusterOptions;
import io.mooring.server.wiring.RunningServer;
import io.mooring.server.wiring.ServerConfig;
import io.mooring.server.wiring.ServerWiring;
import io.mooring.testkit.cluster.ArgoCrds;
import io.mooring.testkit.git.TestRepo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code mooring server} as a user runs it: an embedded cluster with the CRDs and a simulated
 * kubelet, a Git repository, and the server (controller and API) started from a kubeconfig; with
 * HTTP helpers for its REST API and the admin login from {@code argocd-initial-admin-secret}.
 */
public final class MooringServerFixture implements AutoCloseable {
  public final EmbeddedCluster cluster;
  public final KubernetesClient kube;
  public final TestRepo repo;
  public final RunningServer server;
  public final Path dataDirectory;
  private final HttpClient http = HttpClient.newHttpClient();

  private MooringServerFixture(Path work, Path repoDirectory, Map<String, String> files) {
    cluster = EmbeddedCluster.start(EmbeddedClusterOptions.forTests());
    kube = cluster.newClient();
    Path kubeconfig = work.resolve("kubeconfig");
    cluster.writeKubeconfig(kubeconfig);
    kube.namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName("argocd").endMetadata().build())
        .create();
    ArgoCrds.install(kube);
    repo = TestRepo.create(repoDirectory);
    repo.commitFiles("first version", files);
    dataDirectory = work.resolve("data");
    server =
        ServerWiring.start(
            new ServerConfig(
                Optional.of(kubeconfig),
                "argocd",
                0,
                Transport.plain(),
                dataDirectory,
                new ControllerSettings(2, 2, Duration.ofMinutes(10), Duration.ZERO),
                ServerOptions.defaults("v0-test")));
  }

  /** A started server whose repository ({@code work/repo}) holds {@code files} on main. */
  public static MooringServerFixture start(Path work, Map<String, String> files) {
    return new MooringServerFixture(work, work.resolve("repo"), files);
  }

  /** A started server whose repository, created at {@code repoDirectory}, holds {@code files}. */
  public static MooringServerFixture start(
      Path work, Path repoDirectory, Map<String, String> files) {
    return new MooringServerFixture(work, repoDirectory, files);
  }

  /** The repository's file URL. */
  public String repoUrl() {
    return repo.directory().toUri().toString();
  }

  /** Creates the app {@code name} deploying the repository's {@code path} to namespace default. */
  public void createApp(String token, String name, String path) {
    String app =
        """
        {"metadata": {"name": "%s"},
         "spec": {"project": "default",
                  "source": {"repoURL": "%s", "path": "%s", "targetRevision": "main"},
                  "destination": {"server": "https://kubernetes.default.svc",
                                  "namespace": "default"}}}
        """
            .formatted(name, repoUrl(), path);
    HttpResponse<String> created = send("POST", "/api/v1/applications", token, app);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
  }

  /** Creates, syncs and waits until the app is Synced and Healthy. */
  public JsonNode createSyncedApp(String token, String name, String path) {
    createApp(token, name, path);
    sync(token, name);
    return awaitApp(
        token,
        name,
        a ->
            "Synced".equals(a.at("/status/sync/status").asText())
                && "Healthy".equals(a.at("/status/health/status").asText())
                && "Succeeded".equals(a.at("/status/operationState/phase").asText()));
  }

  /**
   * Asks for a sync once the app has been compared, reading again and retrying when the controller
   * wrote the app in between (409), as the error message tells a client to.
   */
  public void sync(String token, String name) {
    awaitApp(token, name, a -> !a.at("/status/sync/revision").asText().isEmpty());
    HttpResponse<String> synced =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    send(
                        "POST",
                        "/api/v1/applications/" + name + "/sync",
                        token,
                        "{\"prune\": true}"),
                response -> response.statusCode() != 409);
    assertThat(synced.statusCode()).as(synced.body()).isEqualTo(200);
  }

  public JsonNode awaitApp(String token, String name, Predicate<JsonNode> condition) {
    return await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> json(send("GET", "/api/v1/applications/" + name, token, null)), condition);
  }

  public String loginAsAdmin() {
    String password =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    Optional.ofNullable(
                            kube.secrets()
                                .inNamespace("argocd")
                                .withName("argocd-initial-admin-secret")
                                .get())
                        .map(s -> s.getData().get("password")),
                Optional::isPresent)
            .map(value -> new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8))
            .orElseThrow();
    HttpResponse<String> login =
        send(
            "POST",
            "/api/v1/session",
            null,
            ModelCodec.toJson(Map.of("username", "admin", "password", password)));
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    return json(login).get("token").asText();
  }

  public HttpResponse<String> send(String method, String path, String token, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.url() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http(request.header("Content-Type", "application/json").build());
  }

  public JsonNode getJson(String path, String token) {
    HttpResponse<String> response = send("GET", path, token, null);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return json(response);
  }

  public HttpClient client() {
    return http;
  }

  /** Sends {@code request} (for requests {@link #send} does not build, such as a webhook's). */
  public HttpResponse<String> http(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static JsonNode json(HttpResponse<String> response) {
    return json(response.body());
  }

  public static JsonNode json(String body) {
    try {
      return ModelCodec.jsonMapper().readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  @Override
  public void close() {
    server.close();
    kube.close();
    cluster.close();
    repo.close();
  }
}
