package io.mooring.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.server.Fixtures;
import io.mooring.server.TestServer;
import io.mooring.server.secrets.StoredSecret;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** AppProjects created, changed and deleted through the API, as Argo CD's project service. */
class ProjectWriteApiTest {
  private static final String REPO = "https://git.example.com/web.git";
  private static final String TEAM_A =
      """
      {"project": {"metadata": {"name": "team-a"},
                   "spec": {"description": "%s",
                            "sourceRepos": ["https://git.example.com/*"],
                            "destinations": [{"server": "https://kubernetes.default.svc", "namespace": "team-a-*"}]}}%s}
      """;
  private TestServer server;
  private String admin;

  @BeforeEach
  void start() {
    server =
        TestServer.start(
            s -> {
              s.projects.add(Fixtures.project("default", "*", "*"));
              s.projects.add(Fixtures.project("used", REPO, "web"));
              s.applications.add(Fixtures.app("web", "used", REPO, "web"));
            });
    admin = server.loginAdmin();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aProjectIsCreatedReadUpdatedAndDeleted() {
    HttpResponse<String> created =
        server.send("POST", "/api/v1/projects", admin, TEAM_A.formatted("first", ""));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    JsonNode read = TestServer.json(server.get("/api/v1/projects/team-a", admin));
    assertThat(read.at("/spec/description").asText()).isEqualTo("first");

    String update =
        """
        {"project": {"metadata": {"name": "team-a", "resourceVersion": "%s"},
                     "spec": {"description": "second", "sourceRepos": ["*"],
                              "destinations": [{"server": "*", "namespace": "*"}]}}}
        """
            .formatted(read.at("/metadata/resourceVersion").asText());
    HttpResponse<String> updated = server.send("PUT", "/api/v1/projects/team-a", admin, update);
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(TestServer.json(updated).at("/spec/description").asText()).isEqualTo("second");

    HttpResponse<String> deleted = server.send("DELETE", "/api/v1/projects/team-a", admin, null);
    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
    assertThat(server.get("/api/v1/projects/team-a", admin).statusCode()).isEqualTo(404);
  }

  @Test
  void anInvalidProjectIsRefusedWithMessagesNamingEachField() {
    String body =
        """
        {"project": {"metadata": {"name": "broken"},
                     "spec": {"syncWindows": [{"kind": "sometimes", "schedule": "* * *", "duration": "1h"}],
                              "roles": [{"name": "dev", "policies": ["p, proj:broken:dev, applications, get, other/*, allow"]}]}}}
        """;
    HttpResponse<String> response = server.send("POST", "/api/v1/projects", admin, body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(response).get("message").asText())
        .contains("spec.syncWindows[0].kind: 'sometimes' is not allowed; use allow or deny")
        .contains("spec.syncWindows[0].schedule")
        .contains("spec.roles[0].policies[0]: policy")
        .contains("the object must lie in the project ('broken/…')");
    assertThat(server.projects).noneMatch(p -> p.metadata.name.equals("broken"));
  }

  @Test
  void aBodyWithoutAProjectIsRefused() {
    HttpResponse<String> response =
        server.send("POST", "/api/v1/projects", admin, "{\"upsert\": true}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(response).get("message").asText())
        .isEqualTo("missing payload 'project' in request");
  }

  @Test
  void anUpdateAtAStaleResourceVersionIsAConflict() {
    server.send("POST", "/api/v1/projects", admin, TEAM_A.formatted("first", ""));
    String stale =
        """
        {"project": {"metadata": {"name": "team-a", "resourceVersion": "1"},
                     "spec": {"description": "late", "sourceRepos": ["*"]}}}
        """;

    HttpResponse<String> response = server.send("PUT", "/api/v1/projects/team-a", admin, stale);

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(
            TestServer.json(server.get("/api/v1/projects/team-a", admin))
                .at("/spec/description")
                .asText())
        .isEqualTo("first");
  }

  @Test
  void creatingAnExistingDifferentProjectNeedsUpsert() {
    server.send("POST", "/api/v1/projects", admin, TEAM_A.formatted("first", ""));

    HttpResponse<String> same =
        server.send("POST", "/api/v1/projects", admin, TEAM_A.formatted("first", ""));
    HttpResponse<String> different =
        server.send("POST", "/api/v1/projects", admin, TEAM_A.formatted("other", ""));
    HttpResponse<String> upserted =
        server.send(
            "POST", "/api/v1/projects", admin, TEAM_A.formatted("other", ", \"upsert\": true"));

    assertThat(same.statusCode()).isEqualTo(200);
    assertThat(different.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(different).get("message").asText())
        .isEqualTo("existing project spec is different; use upsert flag to force update");
    assertThat(upserted.statusCode()).as(upserted.body()).isEqualTo(200);
    assertThat(TestServer.json(upserted).at("/spec/description").asText()).isEqualTo("other");
  }

  @Test
  void aProjectThatApplicationsUseCannotBeDeletedNorCanDefault() {
    HttpResponse<String> used = server.send("DELETE", "/api/v1/projects/used", admin, null);
    HttpResponse<String> defaultProject =
        server.send("DELETE", "/api/v1/projects/default", admin, null);

    assertThat(used.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(used).get("message").asText())
        .isEqualTo("project is referenced by 1 applications");
    assertThat(defaultProject.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(defaultProject).get("message").asText())
        .isEqualTo("name 'default' is reserved and cannot be deleted");
    assertThat(server.projects).extracting(p -> p.metadata.name).contains("used", "default");
  }

  @Test
  void anUpdateThatWouldStrandAnApplicationIsRefusedNamingIt() {
    String narrower =
        """
        {"project": {"metadata": {"name": "used"},
                     "spec": {"sourceRepos": ["https://git.example.com/other.git"],
                              "destinations": [{"server": "https://kubernetes.default.svc", "namespace": "web"}]}}}
        """;

    HttpResponse<String> response = server.send("PUT", "/api/v1/projects/used", admin, narrower);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(response).get("message").asText())
        .startsWith("as a result of project update, applications would no longer be permitted")
        .contains("application 'web' source repository " + REPO + " is not permitted");
  }

  @Test
  void syncWindowsListsOnlyTheWindowsInForceNow() {
    // the test clock stands at 2025-06-01T10:00:00Z
    String body =
        """
        {"project": {"metadata": {"name": "windowed"},
                     "spec": {"sourceRepos": ["*"],
                              "syncWindows": [
                                {"kind": "allow", "schedule": "0 10 * * *", "duration": "1h", "applications": ["*"]},
                                {"kind": "deny", "schedule": "0 22 * * *", "duration": "1h", "applications": ["*"]}]}}}
        """;
    server.send("POST", "/api/v1/projects", admin, body);

    JsonNode windows =
        TestServer.json(server.get("/api/v1/projects/windowed/syncwindows", admin)).get("windows");

    assertThat(windows).hasSize(1);
    assertThat(windows.get(0).get("schedule").asText()).isEqualTo("0 10 * * *");
  }

  @Test
  void detailedShowsTheRepositoriesAndClustersOfTheProjectWithoutSecrets() {
    server.secrets.create(
        StoredSecret.of(
            "repo-1",
            "repository",
            Map.of(),
            Map.of(),
            Map.of(
                "url", REPO, "project", "used", "username", "bob", "password", "hunter2-secret")));
    server.secrets.create(
        StoredSecret.of(
            "repo-2", "repository", Map.of(), Map.of(), Map.of("url", "https://elsewhere.git")));
    server.secrets.create(
        StoredSecret.of(
            "cluster-1",
            "cluster",
            Map.of(),
            Map.of(),
            Map.of(
                "server", "https://prod.example.com",
                "name", "prod",
                "project", "used",
                "config", "{\"bearerToken\": \"token-secret-value\"}")));

    HttpResponse<String> response = server.get("/api/v1/projects/used/detailed", admin);

    JsonNode detailed = TestServer.json(response);
    assertThat(detailed.at("/project/metadata/name").asText()).isEqualTo("used");
    assertThat(detailed.get("globalProjects")).isEmpty();
    assertThat(detailed.get("repositories"))
        .extracting(r -> r.get("repo").asText())
        .containsExactly(REPO);
    assertThat(detailed.get("clusters"))
        .extracting(c -> c.get("name").asText())
        .containsExactly("prod");
    assertThat(response.body()).doesNotContain("hunter2-secret", "token-secret-value");
  }

  @Test
  void eventsOfAMissingProjectAreNotFound() {
    assertThat(server.get("/api/v1/projects/used/events", admin).statusCode()).isEqualTo(200);
    assertThat(TestServer.json(server.get("/api/v1/projects/used/events", admin)).get("items"))
        .isEmpty();
    assertThat(server.get("/api/v1/projects/missing/events", admin).statusCode()).isEqualTo(404);
  }
}
