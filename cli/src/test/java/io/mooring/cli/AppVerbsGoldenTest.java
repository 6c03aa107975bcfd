package io.mooring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What each app verb prints for people, against the real server on the embedded cluster, compared
 * with golden files after masking the parts that change from run to run (commits, times, durations,
 * the repository's random port). The guestbook app is created and synced once.
 */
@ExtendWith(RealServerExtension.class)
class AppVerbsGoldenTest {
  @TempDir static Path work;
  static RealServer server;
  static ClientSession admin;
  static CliRun create;
  static CliRun sync;

  @BeforeAll
  static void createAndSyncTheGuestbook(RealServer shared) {
    server = shared;
    admin = new ClientSession(server, work.resolve("config")).loggedInAsAdmin();
    create = createGuestbook();
    sync = admin.run("app", "sync", "guestbook", "--prune", "--timeout", "120");
  }

  private static CliRun createGuestbook() {
    return admin.run(
        "app",
        "create",
        "guestbook",
        "--repo",
        server.repoUrl(),
        "--path",
        "guestbook",
        "--revision",
        "main",
        "--dest-server",
        "https://kubernetes.default.svc",
        "--dest-namespace",
        "guestbook",
        "--sync-option",
        "CreateNamespace=true",
        "--label",
        "team=web");
  }

  private static String masked(CliRun run) {
    assertThat(run.exitCode()).as("stdout:\n%s\nstderr:\n%s", run.out(), run.err()).isZero();
    return server.mask(run.out());
  }

  @Test
  void createSaysWhatItDid() {
    Golden.assertMatches("app-create-guestbook.txt", masked(create));
    Golden.assertMatches("app-create-guestbook-again.txt", masked(createGuestbook()));
  }

  @Test
  void syncShowsEachResourceResultThenTheOutcome() {
    Golden.assertMatches("app-sync-guestbook.txt", masked(sync));
  }

  @Test
  void waitPrintsTheAppOnceItIsSyncedAndHealthy() {
    Golden.assertMatches(
        "app-wait-guestbook.txt", masked(admin.run("app", "wait", "guestbook", "--timeout", "60")));
  }

  @Test
  void getWithTheOperationShowsTheLastSync() {
    admin.run("app", "wait", "guestbook", "--timeout", "60");

    Golden.assertMatches(
        "app-get-guestbook-show-operation.txt",
        masked(admin.run("app", "get", "guestbook", "--show-operation")));
  }

  @Test
  void historyListsTheDeployment() {
    Golden.assertMatches(
        "app-history-guestbook.txt", masked(admin.run("app", "history", "guestbook")));
  }

  @Test
  void resourcesListsTheManagedResources() {
    admin.run("app", "wait", "guestbook", "--timeout", "60");

    Golden.assertMatches(
        "app-resources-guestbook.txt", masked(admin.run("app", "resources", "guestbook")));
  }

  @Test
  void manifestsAreTheRenderedYamlDocuments() {
    Golden.assertMatches(
        "app-manifests-guestbook.txt", masked(admin.run("app", "manifests", "guestbook")));
  }

  @Test
  void setAndUnsetSayWhetherTheSpecChanged() {
    String set =
        masked(admin.run("app", "set", "guestbook", "--sync-option", "CreateNamespace=true"));
    String unset = masked(admin.run("app", "unset", "guestbook", "--automated"));

    assertThat(set).isEqualTo("application 'guestbook' unchanged\n");
    assertThat(unset).isEqualTo("application 'guestbook' unchanged\n");
  }
}
