package io.mooring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.ModelCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code app diff} and {@code app manifests --source live} against the real server: the guestbook
 * deployed as app {@code diffed} (synced and healthy before the tests), compared with itself, with
 * a branch that changes it, and with local working copies.
 */
@ExtendWith(RealServerExtension.class)
class AppDiffOnRealServerTest {
  @TempDir static Path work;
  static RealServer server;
  static ClientSession admin;

  @BeforeAll
  static void deployTheGuestbook(RealServer shared) {
    server = shared;
    admin = new ClientSession(server, work.resolve("config")).loggedInAsAdmin();
    server.commit("diff-preview", "preview", TestApps.guestbook("guestbook", "hola", 3));
    succeeded(
        admin.run(
            "app",
            "create",
            "diffed",
            "--repo",
            server.repoUrl(),
            "--path",
            "guestbook",
            "--revision",
            "main",
            "--dest-server",
            "https://kubernetes.default.svc",
            "--dest-namespace",
            "diffed",
            "--sync-option",
            "CreateNamespace=true"));
    succeeded(admin.run("app", "sync", "diffed", "--timeout", "120"));
    succeeded(admin.run("app", "wait", "diffed", "--sync", "--health", "--timeout", "120"));
  }

  private static String succeeded(CliRun run) {
    assertThat(run.exitCode()).as("stdout:\n%s\nstderr:\n%s", run.out(), run.err()).isZero();
    return server.mask(run.out());
  }

  private static String outOfSync(CliRun run) {
    assertThat(run.exitCode()).as("stdout:\n%s\nstderr:\n%s", run.out(), run.err()).isEqualTo(1);
    return server.mask(run.out());
  }

  private static Path workingCopy(String name, String greeting, int replicas) throws IOException {
    Path root = work.resolve(name);
    for (Map.Entry<String, String> file :
        TestApps.guestbook("guestbook", greeting, replicas).entrySet()) {
      Path path = root.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
    return root.resolve("guestbook");
  }

  @Test
  void aSyncedAppHasNoDiffAndExitsZero() {
    CliRun diff = admin.run("app", "diff", "diffed");

    assertThat(succeeded(diff)).isEmpty();
  }

  @Test
  void liveDriftIsTheServersDiffAndExitsOne() {
    succeeded(
        admin.run(
            "app",
            "create",
            "drifted",
            "--repo",
            server.repoUrl(),
            "--path",
            "guestbook",
            "--revision",
            "main",
            "--dest-server",
            "https://kubernetes.default.svc",
            "--dest-namespace",
            "drifted",
            "--sync-option",
            "CreateNamespace=true"));
    succeeded(admin.run("app", "sync", "drifted", "--timeout", "120"));
    succeeded(admin.run("app", "wait", "drifted", "--sync", "--timeout", "120"));

    server.kube().apps().deployments().inNamespace("drifted").withName("web").scale(5);
    CliRun drift =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> admin.run("app", "diff", "drifted"), run -> run.exitCode() != 0);

    assertThat(outOfSync(drift))
        .startsWith("===== apps/Deployment drifted/web ======\n")
        .contains("-  replicas: 5\n")
        .contains("+  replicas: 1\n")
        .doesNotContain("ConfigMap");
  }

  @Test
  void aBranchIsPreviewedWithRevisionAndExitsOne() {
    String diff = outOfSync(admin.run("app", "diff", "diffed", "--revision", "diff-preview"));

    Golden.assertMatches("app-diff-diffed-revision.txt", diff);
  }

  @Test
  void aLocalWorkingCopyIsRenderedAndComparedWithLive() throws IOException {
    Path changed = workingCopy("changed", "bonjour", 1);
    Path same = workingCopy("same", "hello", 1);

    String diff = outOfSync(admin.run("app", "diff", "diffed", "--local", changed.toString()));
    CliRun unchanged = admin.run("app", "diff", "diffed", "--local", same.toString());

    Golden.assertMatches("app-diff-diffed-local.txt", diff);
    assertThat(succeeded(unchanged)).isEmpty();
  }

  @Test
  void jsonListsEveryResourceWithWhetherItIsModified() throws IOException {
    Path changed = workingCopy("json", "salut", 1);

    CliRun run = admin.run("app", "diff", "diffed", "--local", changed.toString(), "-o", "json");

    JsonNode diffs = ModelCodec.jsonMapper().readTree(outOfSync(run));
    assertThat(diffs).hasSize(2);
    assertThat(diffs.get(0).path("label").asText()).isEqualTo("/ConfigMap diffed/greeting");
    assertThat(diffs.get(0).path("modified").asBoolean()).isTrue();
    assertThat(diffs.get(0).path("diff").asText()).contains("+  greeting: salut");
    assertThat(diffs.get(1).path("label").asText()).isEqualTo("apps/Deployment diffed/web");
    assertThat(diffs.get(1).path("modified").asBoolean()).isFalse();
  }

  @Test
  void problemsExitTwoSayingWhat() {
    CliRun noApp = admin.run("app", "diff", "no-such-app");
    CliRun noDir =
        admin.run("app", "diff", "diffed", "--local", work.resolve("missing").toString());
    CliRun both = admin.run("app", "diff", "diffed", "--local", ".", "--revision", "main");

    assertThat(noApp.exitCode()).isEqualTo(2);
    assertThat(noApp.err()).startsWith("error: ").contains("no-such-app");
    assertThat(noDir.exitCode()).isEqualTo(2);
    assertThat(noDir.err()).contains("missing");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("mutually exclusive");
  }

  @Test
  void liveManifestsAreTheObjectsInTheCluster() {
    String live = succeeded(admin.run("app", "manifests", "diffed", "--source", "live"));

    assertThat(live.split("(?m)^---$")).hasSize(3);
    assertThat(live)
        .contains("kind: ConfigMap", "kind: Deployment", "app.kubernetes.io/instance: diffed")
        .contains("resourceVersion:");
  }
}
