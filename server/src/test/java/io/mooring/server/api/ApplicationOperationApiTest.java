package io.mooring.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.model.AppProject;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.model.RevisionHistory;
import io.mooring.model.SyncWindow;
import io.mooring.server.Fixtures;
import io.mooring.server.TestServer;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApplicationOperationApiTest {
  private static final String REPO = "https://git.example.com/web.git";
  private TestServer server;
  private String admin;

  @BeforeEach
  void start() {
    server =
        TestServer.start(
            s -> {
              s.projects.add(Fixtures.project("default", "*", "*"));
              s.projects.add(Fixtures.project("strict", "https://git.example.com/only.git", "*"));
              AppProject frozen = Fixtures.project("frozen", "*", "*");
              frozen.spec.syncWindows =
                  List.of(
                      ModelCodec.readYaml(
                          "{kind: deny, schedule: '0 9 * * *', duration: 2h, applications: ['*']}",
                          SyncWindow.class));
              s.projects.add(frozen);
              s.applications.add(Fixtures.app("icy", "frozen", REPO, "web"));
              s.applications.add(Fixtures.app("web", "default", REPO, "web"));
              s.applications.add(Fixtures.app("stray", "strict", REPO, "web"));
            });
    admin = server.loginAdmin();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void syncRequestsAnOperationWithTheCallersNameAndRefusesASecondOne() {
    String request =
        """
        {"revision": "v2", "prune": true, "dryRun": false,
         "resources": [{"group": "apps", "kind": "Deployment", "name": "web"}],
         "syncOptions": {"items": ["ServerSideApply=true"]}}
        """;
    HttpResponse<String> first =
        server.send("POST", "/api/v1/applications/web/sync", admin, request);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    Application app = stored("web");
    assertThat(app.operation.initiatedBy.username).isEqualTo("admin");
    assertThat(app.operation.sync.revision).isEqualTo("v2");
    assertThat(app.operation.sync.prune).isTrue();
    assertThat(app.operation.sync.resources).extracting(r -> r.kind).containsExactly("Deployment");
    assertThat(app.operation.sync.syncOptions).containsExactly("ServerSideApply=true");

    HttpResponse<String> second = server.send("POST", "/api/v1/applications/web/sync", admin, "{}");
    assertThat(second.statusCode()).isEqualTo(422);
    assertThat(second.body()).contains("another operation is already in progress on web");
  }

  @Test
  void aSyncOfAnAppItsProjectNoLongerPermitsIsRefused() {
    HttpResponse<String> response =
        server.send("POST", "/api/v1/applications/stray/sync", admin, "{}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("is not permitted in project 'strict'");
  }

  @Test
  void aManualSyncInsideADenyWindowIsRefused() {
    HttpResponse<String> response =
        server.send("POST", "/api/v1/applications/icy/sync", admin, "{}");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body())
        .contains(
            "cannot sync application 'icy': blocked by a deny sync window of project 'frozen'");
    assertThat(stored("icy").operation).isNull();
  }

  @Test
  void rollbackSyncsToTheHistoryEntrysRevisionAndSource() {
    withHistory(stored("web"));

    HttpResponse<String> response =
        server.send(
            "POST", "/api/v1/applications/web/rollback", admin, "{\"id\": 3, \"prune\": true}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Application app = stored("web");
    assertThat(app.operation.sync.revision).isEqualTo("abc123");
    assertThat(app.operation.sync.source.path).isEqualTo("old");
    assertThat(app.operation.sync.prune).isTrue();
  }

  @Test
  void rollbackUnderAutomatedSyncIsRefusedWithTheControllersMessage() {
    Application app = stored("web");
    withHistory(app);
    app.spec.syncPolicy =
        ModelCodec.readYaml("automated: {prune: true}", io.mooring.model.SyncPolicy.class);

    HttpResponse<String> response =
        server.send("POST", "/api/v1/applications/web/rollback", admin, "{\"id\": 3}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("rollback cannot be initiated when auto-sync is enabled");
  }

  @Test
  void terminateMarksTheRunningOperationTerminating() {
    Application app = stored("web");
    app.status =
        ModelCodec.readYaml(
            "operationState: {phase: Running, startedAt: '2025-06-01T10:00:00Z'}",
            io.mooring.model.ApplicationStatus.class);

    HttpResponse<String> response =
        server.send("DELETE", "/api/v1/applications/web/operation", admin, null);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(stored("web").status.operationState.phase).isEqualTo("Terminating");
  }

  @Test
  void terminateWithoutARunningOperationIsAFailedPrecondition() {
    HttpResponse<String> response =
        server.send("DELETE", "/api/v1/applications/web/operation", admin, null);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("no operation is in progress on web");
  }

  private static void withHistory(Application app) {
    RevisionHistory entry =
        ModelCodec.readYaml(
            """
            id: 3
            revision: abc123
            deployedAt: '2025-05-01T10:00:00Z'
            source: {repoURL: 'https://git.example.com/web.git', path: old}
            """,
            RevisionHistory.class);
    app.status = new io.mooring.model.ApplicationStatus();
    app.status.history = new java.util.ArrayList<>(List.of(entry));
  }

  private Application stored(String name) {
    return server.applications.stream()
        .filter(a -> a.metadata.name.equals(name))
        .findFirst()
        .orElseThrow();
  }
}
