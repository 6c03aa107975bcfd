package io.mooring.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.AppProject;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.server.auth.InitialAdminPassword;
import io.mooring.server.catalog.ApplicationCatalog;
import io.mooring.server.catalog.ApplicationEvent;
import io.mooring.server.catalog.ApplicationEventHub;
import io.mooring.server.catalog.ProjectCatalog;
import io.mooring.server.metrics.ServerMetrics;
import io.mooring.server.repository.SourceRepositoryProbe;
import io.mooring.server.secrets.InMemorySecretStore;
import io.mooring.server.settings.InMemorySettingsStore;
import io.mooring.server.settings.SettingsNames;
import io.mooring.server.webhook.PushEvent;
import io.mooring.source.git.GitSettings;
import io.mooring.source.git.KnownHosts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An API server started in-process on a random port over plain HTTP, with settings, Applications
 * and projects held in memory, a hand-moved clock, and the pushes it dispatched recorded.
 */
public final class TestServer implements AutoCloseable {
  public final InMemorySettingsStore settings = new InMemorySettingsStore();
  public final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T10:00:00Z"));
  public final List<Application> applications = new CopyOnWriteArrayList<>();
  public final List<AppProject> projects = new CopyOnWriteArrayList<>();
  public final List<PushEvent> pushes = new CopyOnWriteArrayList<>();
  public final ServerMetrics metrics = new ServerMetrics();
  public final ApplicationEventHub events = new ApplicationEventHub();
  public final InMemorySecretStore secrets = new InMemorySecretStore();
  public final ScriptedClusterProbe clusters = new ScriptedClusterProbe();

  /** Runs inside each list of Applications, after it was read (to stage a change racing it). */
  public volatile Runnable whileListing = () -> {};

  private final HttpClient http = HttpClient.newHttpClient();
  private ApiServer server;
  private volatile Optional<String> notReady = Optional.empty();

  /** A server started with default options after {@code setup} ran. */
  public static TestServer start(Consumer<TestServer> setup) {
    return start(setup, ServerOptions.defaults("v0.1.0-test"));
  }

  /** A server started with {@code options} after {@code setup} ran. */
  public static TestServer start(Consumer<TestServer> setup, ServerOptions options) {
    TestServer test = new TestServer();
    setup.accept(test);
    test.server = new ApiServer(test.dependencies(), options).start(0, Transport.plain());
    return test;
  }

  /** The dependencies this fixture hands the server. */
  public ServerDependencies dependencies() {
    ApplicationCatalog apps =
        new ApplicationCatalog() {
          @Override
          public Optional<Application> get(String name) {
            return applications.stream().filter(a -> a.metadata.name.equals(name)).findFirst();
          }

          @Override
          public List<Application> list() {
            List<Application> listed = List.copyOf(applications);
            whileListing.run();
            return listed;
          }

          @Override
          public AutoCloseable subscribe(Consumer<ApplicationEvent> subscriber) {
            return events.subscribe(subscriber);
          }
        };
    ProjectCatalog projectCatalog =
        new ProjectCatalog() {
          @Override
          public Optional<AppProject> get(String name) {
            return projects.stream().filter(p -> p.metadata.name.equals(name)).findFirst();
          }

          @Override
          public List<AppProject> list() {
            return List.copyOf(projects);
          }
        };
    return new ServerDependencies(
            settings,
            apps,
            new InMemoryApplicationWriter(applications, events),
            projectCatalog,
            pushes::add,
            () -> notReady,
            metrics,
            clock)
        .withAdmin(
            new AdminPorts(
                new InMemoryProjectWriter(projects),
                secrets,
                new SourceRepositoryProbe(
                    new GitSettings(
                        Path.of(System.getProperty("java.io.tmpdir")),
                        Duration.ofSeconds(10),
                        KnownHosts.none(),
                        Duration.ZERO),
                    clock),
                clusters));
  }

  public ApiServer server() {
    return server;
  }

  /** Makes /readyz answer 503 with {@code reason}. */
  public void notReady(String reason) {
    notReady = Optional.of(reason);
  }

  /** Adds argocd-cm entries. */
  public void configure(Map<String, String> argocdCm) {
    settings.putConfigMap(SettingsNames.ARGOCD_CM, argocdCm);
  }

  /** Sets argocd-rbac-cm. */
  public void rbac(Map<String, String> rbacCm) {
    settings.putConfigMap(SettingsNames.ARGOCD_RBAC_CM, rbacCm);
  }

  /** The generated initial admin password. */
  public String initialAdminPassword() {
    return settings
        .secret(SettingsNames.INITIAL_ADMIN_SECRET)
        .get(InitialAdminPassword.PASSWORD_KEY);
  }

  /** Logs in and returns the session token (fails the test on anything but 200). */
  public String login(String user, String password) {
    HttpResponse<String> response =
        send("POST", "/api/v1/session", null, json(Map.of("username", user, "password", password)));
    if (response.statusCode() != 200) {
      throw new AssertionError("login as " + user + " failed: " + response.body());
    }
    return json(response).get("token").asText();
  }

  /** Logs in as admin with the initial password. */
  public String loginAdmin() {
    return login("admin", initialAdminPassword());
  }

  public HttpResponse<String> get(String path, String token) {
    return send("GET", path, token, null);
  }

  /** Sends a request with an optional bearer token and JSON body. */
  public HttpResponse<String> send(String method, String path, String token, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return send(request.build());
  }

  /** Sends a prepared request. */
  public HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The server's base URI. */
  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  public static JsonNode json(HttpResponse<String> response) {
    try {
      return ModelCodec.jsonMapper().readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  public static String json(Object value) {
    return ModelCodec.toJson(value);
  }

  @Override
  public void close() {
    server.stop();
  }
}
