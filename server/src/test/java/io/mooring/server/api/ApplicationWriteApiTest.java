package io.mooring.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.model.Application;
import io.mooring.server.Fixtures;
import io.mooring.server.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApplicationWriteApiTest {
  private static final String REPO = "https://git.example.com/web.git";
  private TestServer server;
  private String admin;

  @BeforeEach
  void start() {
    server =
        TestServer.start(
            s -> {
              s.projects.add(Fixtures.project("default", "*", "*"));
              s.projects.add(Fixtures.project("web-only", REPO, "web"));
              s.applications.add(Fixtures.app("web", "default", REPO, "web"));
            });
    admin = server.loginAdmin();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void createStoresTheAppInTheControlNamespaceWithoutItsStatus() {
    String body =
        """
        {"metadata": {"name": "api"},
         "spec": {"project": "default",
                  "source": {"repoURL": "%s", "path": "api"},
                  "destination": {"server": "https://kubernetes.default.svc", "namespace": "api"}},
         "status": {"sync": {"status": "Synced"}}}
        """
            .formatted(REPO);
    HttpResponse<String> response = server.send("POST", "/api/v1/applications", admin, body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Application stored = stored("api");
    assertThat(stored.spec.source.path).isEqualTo("api");
    assertThat(stored.status).isNull();
  }

  @Test
  void anInvalidAppIsRefusedWithTheModelsMessageNamingTheField() {
    String body = "{\"metadata\": {\"name\": \"broken\"}, \"spec\": {\"project\": \"default\"}}";
    HttpResponse<String> response = server.send("POST", "/api/v1/applications", admin, body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(response).get("message").asText())
        .startsWith("Application broken is invalid: ")
        .contains("spec.destination");
  }

  @Test
  void aDifferentSpecForAnExistingAppNeedsTheUpsertFlag() {
    Application changed = Fixtures.app("web", "default", REPO, "elsewhere");
    HttpResponse<String> refused =
        server.send("POST", "/api/v1/applications", admin, TestServer.json(changed));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("use upsert flag to force update");

    HttpResponse<String> upserted =
        server.send("POST", "/api/v1/applications?upsert=true", admin, TestServer.json(changed));
    assertThat(upserted.statusCode()).as(upserted.body()).isEqualTo(200);
    assertThat(stored("web").spec.source.path).isEqualTo("elsewhere");
  }

  @Test
  void cascadingDeleteAddsTheResourcesFinalizerBeforeDeleting() {
    HttpResponse<String> response =
        server.send("DELETE", "/api/v1/applications/web?propagationPolicy=background", admin, null);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Application deleting = stored("web");
    assertThat(deleting.metadata.finalizers)
        .containsExactly("resources-finalizer.argocd.argoproj.io/background");
    assertThat(deleting.metadata.deletionTimestamp).isNotNull();
  }

  @Test
  void deleteWithoutCascadeRemovesTheResourcesFinalizerSoResourcesStay() {
    server.applications.get(0).metadata.finalizers =
        new java.util.ArrayList<>(java.util.List.of("resources-finalizer.argocd.argoproj.io"));

    server.send("DELETE", "/api/v1/applications/web?cascade=false", admin, null);

    assertThat(server.applications).isEmpty();
  }

  @Test
  void anAppItsProjectDoesNotPermitIsRefusedNamingRepositoryAndDestination() {
    Application app = Fixtures.app("elsewhere", "web-only", "https://git.example.com/x.git", "x");
    HttpResponse<String> response =
        server.send("POST", "/api/v1/applications", admin, TestServer.json(app));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(response).get("message").asText())
        .contains(
            "application 'elsewhere' source repository https://git.example.com/x.git is not"
                + " permitted in project 'web-only' (spec.sourceRepos)")
        .contains("namespace elsewhere} is not permitted in project 'web-only'");
  }

  @Test
  void anAppInAMissingProjectIsRefused() {
    Application app = Fixtures.app("orphan", "nowhere", REPO, "x");
    HttpResponse<String> response =
        server.send("POST", "/api/v1/applications", admin, TestServer.json(app));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("references project 'nowhere' which does not exist");
  }

  @Test
  void putSpecReplacesOnlyTheSpec() {
    String spec =
        """
        {"project": "default", "source": {"repoURL": "%s", "path": "v2"},
         "destination": {"server": "https://kubernetes.default.svc", "namespace": "web"}}
        """
            .formatted(REPO);
    HttpResponse<String> response =
        server.send("PUT", "/api/v1/applications/web/spec", admin, spec);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(TestServer.json(response).at("/source/path").asText()).isEqualTo("v2");
    assertThat(stored("web").spec.source.path).isEqualTo("v2");
  }

  @Test
  void updateRefusesAChangeMadeToAnOlderVersionOfTheApp() {
    server.send(
        "PUT",
        "/api/v1/applications/web",
        admin,
        TestServer.json(Fixtures.app("web", "default", REPO, "v1")));
    Application read = stored("web");
    assertThat(read.metadata.resourceVersion).isNotNull();
    Application changed = Fixtures.app("web", "default", REPO, "v2");
    changed.metadata.resourceVersion = read.metadata.resourceVersion;
    HttpResponse<String> first =
        server.send("PUT", "/api/v1/applications/web", admin, TestServer.json(changed));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

    changed.spec.source.path = "v3";
    HttpResponse<String> stale =
        server.send("PUT", "/api/v1/applications/web", admin, TestServer.json(changed));

    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(TestServer.json(stale).get("message").asText())
        .isEqualTo(
            "application 'web' has changed since resourceVersion "
                + read.metadata.resourceVersion
                + " was read (now "
                + stored("web").metadata.resourceVersion
                + "): read it again and retry");
    assertThat(stored("web").spec.source.path).isEqualTo("v2");
  }

  @Test
  void updateRefusesABodyNamingAnotherApp() {
    Application other = Fixtures.app("other", "default", REPO, "web");
    HttpResponse<String> response =
        server.send("PUT", "/api/v1/applications/web", admin, TestServer.json(other));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("metadata.name 'other' differs");
  }

  @Test
  void mergeAndJsonPatchesChangeTheSpec() {
    String merge =
        TestServer.json(
            java.util.Map.of(
                "patch", "{\"metadata\": {\"labels\": {\"team\": \"shop\"}}}",
                "patchType", "merge"));
    assertThat(server.send("PATCH", "/api/v1/applications/web", admin, merge).statusCode())
        .isEqualTo(200);
    String json =
        TestServer.json(
            java.util.Map.of(
                "patch",
                "[{\"op\": \"replace\", \"path\": \"/spec/source/path\", \"value\": \"p\"}]",
                "patchType",
                "json"));
    assertThat(server.send("PATCH", "/api/v1/applications/web", admin, json).statusCode())
        .isEqualTo(200);

    Application app = stored("web");
    assertThat(app.metadata.labels).containsEntry("team", "shop");
    assertThat(app.spec.source.path).isEqualTo("p");
  }

  @Test
  void aPatchThatBreaksTheSpecIsRefusedWithTheModelsMessage() {
    String merge =
        TestServer.json(java.util.Map.of("patch", "{\"spec\": {\"destination\": null}}"));
    HttpResponse<String> response = server.send("PATCH", "/api/v1/applications/web", admin, merge);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("spec.destination");
  }

  @Test
  void getWithRefreshSetsTheRefreshAnnotation() {
    HttpResponse<String> response =
        server.send("GET", "/api/v1/applications/web?refresh=hard", admin, null);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(stored("web").metadata.annotations)
        .containsEntry("argocd.argoproj.io/refresh", "hard");
  }

  private Application stored(String name) {
    return server.applications.stream()
        .filter(a -> a.metadata.name.equals(name))
        .findFirst()
        .orElseThrow();
  }
}
