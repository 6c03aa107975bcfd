package io.mooring.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.AppProject;
import io.mooring.model.ModelCodec;
import io.mooring.server.Fixtures;
import io.mooring.server.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/applications/{name}/syncwindows} at the test clock's 2025-06-01T10:00:00Z: the
 * windows assigned to the app, those active, and whether a manual sync may start.
 */
class SyncWindowsApiTest {
  private static AppProject project(String manualSync) {
    return ModelCodec.readYaml(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: AppProject
        metadata: {name: team-a, namespace: argocd}
        spec:
          sourceRepos: ['*']
          destinations: [{server: '*', namespace: '*'}]
          syncWindows:
            - {kind: deny, schedule: '0 9 * * *', duration: 2h, applications: [frontend],
               manualSync: %s}
            - {kind: allow, schedule: '0 22 * * *', duration: 1h, applications: [frontend]}
            - {kind: deny, schedule: '* * * * *', duration: 1h, namespaces: [other-team]}
        """
            .formatted(manualSync),
        AppProject.class);
  }

  @Test
  void anActiveDenyWindowIsAssignedActiveAndBlocksSyncing() {
    try (TestServer server = serverWith(project("false"))) {
      JsonNode windows = get(server);

      assertThat(windows.get("assignedWindows")).hasSize(2);
      assertThat(windows.get("activeWindows")).hasSize(1);
      assertThat(windows.at("/activeWindows/0/kind").asText()).isEqualTo("deny");
      assertThat(windows.at("/activeWindows/0/schedule").asText()).isEqualTo("0 9 * * *");
      assertThat(windows.at("/activeWindows/0/duration").asText()).isEqualTo("2h");
      assertThat(windows.get("canSync").asBoolean()).isFalse();
    }
  }

  @Test
  void aDenyWindowAllowingManualSyncsLetsAManualSyncStart() {
    try (TestServer server = serverWith(project("true"))) {
      JsonNode windows = get(server);

      assertThat(windows.at("/activeWindows/0/manualSync").asBoolean()).isTrue();
      assertThat(windows.get("canSync").asBoolean()).isTrue();
    }
  }

  @Test
  void anAppWithoutWindowsMaySync() {
    try (TestServer server =
        TestServer.start(
            s -> {
              s.projects.add(Fixtures.projectWithDeveloperRole("team-a"));
              s.applications.add(
                  Fixtures.app("frontend", "team-a", "https://git.example.com/web.git", "web"));
            })) {
      JsonNode windows = get(server);

      assertThat(windows.get("assignedWindows")).isEmpty();
      assertThat(windows.get("activeWindows")).isEmpty();
      assertThat(windows.get("canSync").asBoolean()).isTrue();
    }
  }

  private static TestServer serverWith(AppProject project) {
    return TestServer.start(
        s -> {
          s.projects.add(project);
          s.applications.add(
              Fixtures.app("frontend", "team-a", "https://git.example.com/web.git", "web"));
        });
  }

  private static JsonNode get(TestServer server) {
    HttpResponse<String> response =
        server.get("/api/v1/applications/frontend/syncwindows", server.loginAdmin());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return TestServer.json(response);
  }
}
