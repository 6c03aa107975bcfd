package io.mooring.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.server.Fixtures;
import io.mooring.server.TestServer;
import io.mooring.server.auth.JwtIssuer;
import io.mooring.server.auth.PasswordHasher;
import io.mooring.server.auth.SigningKey;
import io.mooring.server.auth.TokenRequest;
import io.mooring.server.http.Route;
import io.mooring.server.settings.SettingsNames;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walks every route of the API as four callers — a readonly account, the admin, an account bound to
 * a project role ({@code alice} is {@code proj:team-a:developer}) and an anonymous caller — and
 * checks each is allowed or refused as the route's declaration says. A route added to the table
 * without a sample here fails {@link #everyRouteIsWalked}.
 */
class RouteAccessWalkTest {
  private static final String ADMIN_PASSWORD = "admin-password";
  private static TestServer server;
  private static final List<Sample> SAMPLES = new ArrayList<>();

  private enum Outcome {
    ALLOWED,
    FORBIDDEN,
    UNAUTHENTICATED
  }

  private record Sample(String route, String method, String path, String body, String expected) {}

  private static final Outcome A = Outcome.ALLOWED;

  @BeforeAll
  static void start() {
    server =
        TestServer.start(
            s -> {
              s.configure(
                  Map.of(
                      "accounts.reader",
                      "login",
                      "accounts.alice",
                      "login",
                      "accounts.ci",
                      "apiKey"));
              s.rbac(
                  Map.of(
                      "policy.csv", "g, reader, role:readonly\ng, alice, proj:team-a:developer"));
              s.settings.updateSecret(
                  SettingsNames.ARGOCD_SECRET,
                  Map.of("admin.password", new PasswordHasher().hash(ADMIN_PASSWORD)));
              s.projects.add(Fixtures.projectWithDeveloperRole("team-a"));
              s.projects.add(Fixtures.projectWithDeveloperRole("team-b"));
              s.applications.add(
                  Fixtures.app("frontend", "team-a", "https://git.example.com/web.git", "web"));
              s.applications.add(
                  Fixtures.app("billing", "team-b", "https://git.example.com/billing.git", "."));
              s.applications.add(
                  Fixtures.app("doomed", "team-b", "https://git.example.com/billing.git", "."));
            });
    String login = TestServer.json(Map.of("username", "admin", "password", ADMIN_PASSWORD));
    String otherPassword =
        TestServer.json(
            Map.of(
                "name", "ci", "currentPassword", ADMIN_PASSWORD, "newPassword", "new-password-1"));
    String ping = "{\"zen\":\"Keep it logically awesome.\",\"hook_id\":1}";
    // route, sample request, expected outcome for: reader admin alice anonymous
    sample("GET /api/version", "GET", "/api/version", null, "A A A A");
    sample("GET /healthz", "GET", "/healthz", null, "A A A A");
    sample("GET /readyz", "GET", "/readyz", null, "A A A A");
    sample("GET /metrics", "GET", "/metrics", null, "A A A U");
    sample("POST /api/webhook", "POST", "/api/webhook", ping, "A A A A");
    sample("POST /api/v1/session", "POST", "/api/v1/session", login, "A A A A");
    sample("DELETE /api/v1/session", "DELETE", "/api/v1/session", null, "A A A U");
    sample("GET /api/v1/session/userinfo", "GET", "/api/v1/session/userinfo", null, "A A A U");
    sample("GET /api/v1/account", "GET", "/api/v1/account", null, "A A F U");
    sample(
        "GET /api/v1/account/can-i/{resource}/{action}/<subresource>",
        "GET",
        "/api/v1/account/can-i/applications/get/team-a/frontend",
        null,
        "A A A U");
    sample(
        "PUT /api/v1/account/password",
        "PUT",
        "/api/v1/account/password",
        otherPassword,
        "F A F U");
    sample("GET /api/v1/account/{name}", "GET", "/api/v1/account/admin", null, "A A F U");
    sample(
        "POST /api/v1/account/{name}/token", "POST", "/api/v1/account/ci/token", "{}", "F A F U");
    sample(
        "DELETE /api/v1/account/{name}/token/{id}",
        "DELETE",
        "/api/v1/account/ci/token/no-such-token",
        null,
        "F A F U");
    sample("GET /api/v1/applications", "GET", "/api/v1/applications", null, "A A A U");
    sample(
        "GET /api/v1/applications/{name}", "GET", "/api/v1/applications/frontend", null, "A A A U");
    sample(
        "GET /api/v1/applications/{name}", "GET", "/api/v1/applications/billing", null, "A A F U");
    sample(
        "GET /api/v1/applications/{name}", "GET", "/api/v1/applications/missing", null, "A A F U");
    sample("GET /api/v1/projects", "GET", "/api/v1/projects", null, "A A A U");
    sample(
        "GET /api/v1/stream/applications",
        "GET",
        "/api/v1/stream/applications?name=no-such-app",
        null,
        "A A A U");
    sample("GET /api/v1/projects/{name}", "GET", "/api/v1/projects/team-a", null, "A A F U");
    String newApp =
        TestServer.json(
            Fixtures.app("walk-created", "team-b", "https://git.example.com/web.git", "web"));
    sample("POST /api/v1/applications", "POST", "/api/v1/applications", newApp, "F A F U");
    sample(
        "POST /api/v1/applications/{name}/sync",
        "POST",
        "/api/v1/applications/frontend/sync",
        "{}",
        "F A A U");
    sample(
        "POST /api/v1/applications/{name}/sync",
        "POST",
        "/api/v1/applications/billing/sync",
        "{}",
        "F A F U");
    String frontendBody =
        TestServer.json(
            Fixtures.app("frontend", "team-a", "https://git.example.com/web.git", "web"));
    sample(
        "PUT /api/v1/applications/{name}",
        "PUT",
        "/api/v1/applications/frontend",
        frontendBody,
        "F A F U");
    sample(
        "PUT /api/v1/applications/{name}/spec",
        "PUT",
        "/api/v1/applications/frontend/spec",
        TestServer.json(
            Fixtures.app("frontend", "team-a", "https://git.example.com/web.git", "web").spec),
        "F A F U");
    sample(
        "PATCH /api/v1/applications/{name}",
        "PATCH",
        "/api/v1/applications/frontend",
        "{\"patch\": \"{}\"}",
        "F A F U");
    sample(
        "GET /api/v1/applications/{name}/manifests",
        "GET",
        "/api/v1/applications/frontend/manifests",
        null,
        "A A A U");
    sample(
        "GET /api/v1/applications/{name}/resource-tree",
        "GET",
        "/api/v1/applications/billing/resource-tree",
        null,
        "A A F U");
    sample(
        "GET /api/v1/applications/{name}/managed-resources",
        "GET",
        "/api/v1/applications/billing/managed-resources",
        null,
        "A A F U");
    sample(
        "GET /api/v1/applications/{name}/revisions/{revision}/metadata",
        "GET",
        "/api/v1/applications/billing/revisions/main/metadata",
        null,
        "A A F U");
    sample(
        "GET /api/v1/applications/{name}/syncwindows",
        "GET",
        "/api/v1/applications/frontend/syncwindows",
        null,
        "A A A U");
    sample(
        "GET /api/v1/applications/{name}/syncwindows",
        "GET",
        "/api/v1/applications/billing/syncwindows",
        null,
        "A A F U");
    sample(
        "GET /api/v1/stream/applications/{name}/resource-tree",
        "GET",
        "/api/v1/stream/applications/missing/resource-tree",
        null,
        "A A F U");
    sample("GET /api/v1/settings", "GET", "/api/v1/settings", null, "A A A A");
    sample("GET /", "GET", "/", null, "A A A A");
    sample("GET /index.html", "GET", "/index.html", null, "A A A A");
    sample("GET /assets/<file>", "GET", "/assets/no-such-asset.js", null, "A A A A");
    sample(
        "GET /api/v1/applications/{name}/events",
        "GET",
        "/api/v1/applications/billing/events",
        null,
        "A A F U");
    sample(
        "POST /api/v1/applications/{name}/rollback",
        "POST",
        "/api/v1/applications/frontend/rollback",
        "{\"id\": 1}",
        "F A A U");
    sample(
        "DELETE /api/v1/applications/{name}/operation",
        "DELETE",
        "/api/v1/applications/billing/operation",
        null,
        "F A F U");
    sample(
        "DELETE /api/v1/applications/{name}",
        "DELETE",
        "/api/v1/applications/doomed",
        null,
        "F A F U");
    adminSamples();
  }

  /** Projects, role tokens, repositories, credential templates and clusters. */
  private static void adminSamples() {
    String newProject =
        "{\"project\": {\"metadata\": {\"name\": \"walk-project\"}, \"spec\": {\"sourceRepos\": [\"*\"]}}}";
    sample("POST /api/v1/projects", "POST", "/api/v1/projects", newProject, "F A F U");
    sample(
        "PUT /api/v1/projects/{name}",
        "PUT",
        "/api/v1/projects/walk-project",
        newProject.replace("[\"*\"]", "[\"https://git.example.com/*\"]"),
        "F A F U");
    sample(
        "DELETE /api/v1/projects/{name}",
        "DELETE",
        "/api/v1/projects/walk-project",
        null,
        "F A F U");
    for (String view : List.of("detailed", "events", "syncwindows")) {
      sample(
          "GET /api/v1/projects/{name}/" + view,
          "GET",
          "/api/v1/projects/team-a/" + view,
          null,
          "A A F U");
    }
    sample(
        "POST /api/v1/projects/{project}/roles/{role}/token",
        "POST",
        "/api/v1/projects/team-a/roles/developer/token",
        "{}",
        "F A F U");
    sample(
        "DELETE /api/v1/projects/{project}/roles/{role}/token/{iat}",
        "DELETE",
        "/api/v1/projects/team-a/roles/developer/token/1",
        null,
        "F A F U");
    // a file URL that does not exist: reaching it fails at once, without the network
    String repo = "file:///nonexistent/walk.git";
    String repoPath = "/api/v1/repositories/" + URLEncoder.encode(repo, StandardCharsets.UTF_8);
    String repoBody = "{\"repo\": \"" + repo + "\", \"project\": \"team-a\"}";
    sample("GET /api/v1/repositories", "GET", "/api/v1/repositories", null, "A A A U");
    sample("POST /api/v1/repositories", "POST", "/api/v1/repositories", repoBody, "F A F U");
    sample("GET /api/v1/repositories/{repo}", "GET", repoPath, null, "A A F U");
    sample("PUT /api/v1/repositories/{repo}", "PUT", repoPath, repoBody, "F A F U");
    sample(
        "POST /api/v1/repositories/{repo}/validate",
        "POST",
        repoPath + "/validate",
        "{\"project\": \"team-a\"}",
        "F A F U");
    sample("GET /api/v1/repositories/{repo}/refs", "GET", repoPath + "/refs", null, "A A F U");
    sample("DELETE /api/v1/repositories/{repo}", "DELETE", repoPath, null, "F A F U");
    String creds = "https://git.example.com/";
    String credsPath = "/api/v1/repocreds/" + URLEncoder.encode(creds, StandardCharsets.UTF_8);
    String credsBody = "{\"url\": \"" + creds + "\", \"username\": \"walker\"}";
    sample("GET /api/v1/repocreds", "GET", "/api/v1/repocreds", null, "A A A U");
    sample("POST /api/v1/repocreds", "POST", "/api/v1/repocreds", credsBody, "F A F U");
    sample("PUT /api/v1/repocreds/{url}", "PUT", credsPath, credsBody, "F A F U");
    sample("DELETE /api/v1/repocreds/{url}", "DELETE", credsPath, null, "F A F U");
    String local =
        "/api/v1/clusters/"
            + URLEncoder.encode("https://kubernetes.default.svc", StandardCharsets.UTF_8);
    sample("GET /api/v1/clusters", "GET", "/api/v1/clusters", null, "A A A U");
    sample(
        "POST /api/v1/clusters",
        "POST",
        "/api/v1/clusters",
        "{\"server\": \"https://walk.example.com\"}",
        "F A F U");
    sample("GET /api/v1/clusters/{server}", "GET", local, null, "A A F U");
    sample(
        "PUT /api/v1/clusters/{server}",
        "PUT",
        local,
        "{\"server\": \"https://kubernetes.default.svc\", \"name\": \"in-cluster\"}",
        "F A F U");
    sample("DELETE /api/v1/clusters/{server}", "DELETE", local, null, "F A F U");
  }

  private static void sample(
      String route, String method, String path, String body, String expected) {
    SAMPLES.add(new Sample(route, method, path, body, expected));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyRouteIsWalked() {
    List<String> routes =
        server.server().routes().routes().stream().map(r -> r.method() + " " + r.path()).toList();
    assertThat(SAMPLES.stream().map(Sample::route).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(routes);
  }

  @Test
  void everyRouteAllowsOrRefusesEachCallerAsDeclared() {
    Map<String, String> mismatches = new LinkedHashMap<>();
    List<String> callers = List.of("reader", "admin", "alice", "anonymous");
    for (Sample sample : SAMPLES) {
      String[] expected = sample.expected().split(" ");
      for (int i = 0; i < callers.size(); i++) {
        Outcome want = parse(expected[i]);
        HttpResponse<String> response =
            server.send(sample.method(), sample.path(), token(callers.get(i)), sample.body());
        Outcome got = outcome(response.statusCode());
        if (got != want) {
          mismatches.put(
              sample.method() + " " + sample.path() + " as " + callers.get(i),
              "expected " + want + ", got " + response.statusCode() + " " + response.body());
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void routeListingNamesResourceActionAndObject() {
    assertThat(server.server().routes().routes().stream().map(Route::toString))
        .contains(
            "GET /api/v1/applications/{name} -> applications, get, <project>/<app>",
            "GET /api/version -> public",
            "POST /api/v1/account/{name}/token -> self, or accounts, update, <name>",
            "PUT /api/v1/repositories/{repo} -> repositories, update, <project>/<repo>",
            "POST /api/v1/projects/{project}/roles/{role}/token -> projects, update, <project>",
            "DELETE /api/v1/clusters/{server} -> clusters, delete, <project>/<server>");
  }

  @Test
  void theApplicationListShowsOnlyWhatTheCallerMayGet() {
    HttpResponse<String> response = server.get("/api/v1/applications", token("alice"));
    assertThat(TestServer.json(response).get("items"))
        .extracting(item -> item.get("metadata").get("name").asText())
        .containsExactly("frontend");
  }

  /** A fresh session token per request: the walk logs out along the way. */
  private static String token(String caller) {
    if (caller.equals("anonymous")) {
      return null;
    }
    JwtIssuer jwt =
        new JwtIssuer(new SigningKey(server.settings, new SecureRandom()), server.clock);
    return jwt.issue(
        new TokenRequest(
            caller + ":login", UUID.randomUUID().toString(), Optional.of(Duration.ofHours(1))));
  }

  private static Outcome parse(String letter) {
    return switch (letter) {
      case "A" -> Outcome.ALLOWED;
      case "F" -> Outcome.FORBIDDEN;
      default -> Outcome.UNAUTHENTICATED;
    };
  }

  private static Outcome outcome(int status) {
    return status == 401 ? Outcome.UNAUTHENTICATED : status == 403 ? Outcome.FORBIDDEN : A;
  }
}
