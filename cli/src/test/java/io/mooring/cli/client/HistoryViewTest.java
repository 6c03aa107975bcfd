package io.mooring.cli.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.model.Application;
import io.mooring.model.ApplicationSource;
import io.mooring.model.ApplicationStatus;
import io.mooring.model.RevisionHistory;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryViewTest {
  @Test
  void eachDeploymentShowsItsTargetAndCommitAndSourceInTheGivenZone() {
    Application app = new Application();
    app.status = new ApplicationStatus();
    app.status.history =
        List.of(
            entry(0, "main", "0123456789abcdef0123456789abcdef01234567", "2026-01-02T03:04:05Z"),
            entry(1, "", "fedcba9876543210fedcba9876543210fedcba98", "2026-01-03T00:00:00Z"));

    assertThat(HistoryView.render(app, ZoneId.of("Europe/Paris")))
        .isEqualTo(
            """
            ID  DATE                       REVISION        SOURCE
            0   2026-01-02 04:04:05 +0100  main (0123456)  https://git.example.com/apps.git web
            1   2026-01-03 01:00:00 +0100  fedcba9         https://git.example.com/apps.git web
            """);
  }

  @Test
  void anAppWithoutHistoryPrintsTheHeaderOnly() {
    assertThat(HistoryView.render(new Application(), ZoneId.of("UTC")))
        .isEqualTo("ID  DATE  REVISION  SOURCE\n");
  }

  private static RevisionHistory entry(long id, String target, String sha, String deployedAt) {
    RevisionHistory entry = new RevisionHistory();
    entry.id = id;
    entry.revision = sha;
    entry.deployedAt = deployedAt;
    entry.source = new ApplicationSource();
    entry.source.repoURL = "https://git.example.com/apps.git";
    entry.source.path = "web";
    entry.source.targetRevision = target;
    return entry;
  }
}
