package io.mooring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app verbs as a user strings them together, against the real server on the embedded cluster:
 * create, sync, wait, history, a change in Git, rollback, delete; and the refusals and failures
 * they must report.
 */
@ExtendWith(RealServerExtension.class)
class AppLifecycleOnRealServerTest {
  private static final String IN_CLUSTER = "https://kubernetes.default.svc";
  @TempDir static Path work;
  static RealServer server;
  static ClientSession admin;

  @BeforeAll
  static void logIn(RealServer shared) {
    server = shared;
    admin = new ClientSession(server, work.resolve("admin-config")).loggedInAsAdmin();
  }

  @Test
  void syncWaitHistoryThenAChangeInGitSyncedAndRolledBackToTheFirstRevision() {
    String first = server.commit("rollout", "rollout v1", TestApps.guestbook("rollout", "v1", 1));
    ok(create("rollout", "rollout", "rollout", "--revision", "rollout"));

    CliRun sync = ok(admin.run("app", "sync", "rollout", "--timeout", "120"));
    assertThat(sync.out()).contains("Phase:              Succeeded");
    ok(admin.run("app", "wait", "rollout", "--health", "--timeout", "60"));
    assertThat(history("rollout"))
        .extracting(h -> h.path("revision").asText())
        .containsExactly(first);
    assertThat(greeting("rollout")).isEqualTo("v1");

    String second = server.commit("rollout", "rollout v2", TestApps.guestbook("rollout", "v2", 2));
    ok(admin.run("app", "get", "rollout", "--hard-refresh"));
    awaitApp("rollout", app -> second.equals(app.status.sync.revision));
    ok(admin.run("app", "sync", "rollout", "--timeout", "120"));
    assertThat(greeting("rollout")).isEqualTo("v2");
    assertThat(history("rollout")).hasSize(2);

    CliRun rollback = ok(admin.run("app", "rollback", "rollout", "--timeout", "120"));

    Golden.assertMatches("app-rollback-rollout.txt", server.mask(rollback.out()));
    assertThat(greeting("rollout")).isEqualTo("v1");
    List<JsonNode> history = history("rollout");
    assertThat(history)
        .extracting(h -> h.path("revision").asText())
        .containsExactly(first, second, first);
  }

  @Test
  void rollbackUnderAutomatedSyncIsRefusedWithTheServersMessage() {
    ok(
        admin.run(
            "app",
            "create",
            "auto",
            "--repo",
            server.repoUrl(),
            "--path",
            "guestbook",
            "--dest-server",
            IN_CLUSTER,
            "--dest-namespace",
            "auto",
            "--sync-option",
            "CreateNamespace=true",
            "--sync-policy",
            "automated"));
    ok(admin.run("app", "wait", "auto", "--timeout", "120"));

    CliRun rollback = admin.run("app", "rollback", "auto", "0");

    assertThat(rollback.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(rollback.err())
        .isEqualTo(
            "error: rollback cannot be initiated when auto-sync is enabled: disable automated sync"
                + " of auto first (mooring app set auto --sync-policy none)\n");
  }

  @Test
  void deleteWithCascadeRemovesTheAppsResources() {
    ok(create("doomed", "guestbook", "doomed"));
    ok(admin.run("app", "sync", "doomed", "--timeout", "120"));
    assertThat(greeting("doomed")).isEqualTo("hello");

    CliRun delete = ok(admin.run("app", "delete", "doomed", "--yes", "--wait", "--timeout", "120"));

    assertThat(delete.out()).isEqualTo("application 'doomed' deleted\n");
    assertThat(server.kube().configMaps().inNamespace("doomed").withName("greeting").get())
        .isNull();
    assertThat(server.kube().apps().deployments().inNamespace("doomed").withName("web").get())
        .isNull();
    assertThat(admin.run("app", "get", "doomed").err())
        .isEqualTo("error: application 'doomed' not found\n");
  }

  @Test
  void deletingWithoutATerminalNeedsYes() {
    ok(create("kept", "guestbook", "kept"));

    CliRun delete = admin.run("app", "delete", "kept");

    assertThat(delete.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(delete.err())
        .isEqualTo(
            "error: not deleting 'kept' without confirmation: add --yes (no terminal to ask on)\n");
    ok(admin.run("app", "get", "kept"));
  }

  @Test
  void hooksAndWavesAreShownInTheOrderTheyRan() {
    ok(create("waves", "waves", "waves"));

    CliRun sync = ok(admin.run("app", "sync", "waves", "--timeout", "120"));

    List<String> lines = sync.out().lines().toList();
    int hook =
        lines.indexOf(
            "PreSync wave 0: batch Job waves/migrate (hook) Succeeded: Reached expected number of succeeded pods");
    int settings = lines.indexOf("Sync wave 0: ConfigMap waves/settings Synced: created");
    int api = lines.indexOf("Sync wave 1: apps Deployment waves/api Synced: created");
    assertThat(hook).as(sync.out()).isNotNegative();
    assertThat(settings).as(sync.out()).isGreaterThan(hook);
    assertThat(api).as(sync.out()).isGreaterThan(settings);
  }

  @Test
  void aSyncThatOutlastsItsTimeoutFailsSayingWhereItIsAndCanBeTerminated() {
    ok(create("slow", "slow", "slow"));

    CliRun sync = admin.run("app", "sync", "slow", "--timeout", "1");

    assertThat(sync.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(sync.err())
        .startsWith("error: timed out after 1s waiting for the sync of 'slow' to end (");
    awaitApp(
        "slow",
        a ->
            a.status != null
                && a.status.operationState != null
                && "Running".equals(a.status.operationState.phase));
    CliRun terminate = ok(admin.run("app", "terminate-op", "slow"));
    assertThat(terminate.out()).isEqualTo("Application 'slow' operation terminating\n");
    ok(admin.run("app", "wait", "slow", "--operation", "--timeout", "60"));
    Application app = app("slow");
    assertThat(app.status.operationState.phase).isEqualTo("Failed");
    assertThat(app.status.operationState.message).isEqualTo("Operation terminated");
  }

  @Test
  void waitNamesWhatDidNotHoldWhenItTimesOut() {
    ok(create("idle", "guestbook", "idle"));
    awaitApp(
        "idle",
        a -> a.status != null && a.status.sync != null && "OutOfSync".equals(a.status.sync.status));

    CliRun wait = admin.run("app", "wait", "idle", "--sync", "--timeout", "1");

    assertThat(wait.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(wait.err())
        .isEqualTo(
            "error: timed out after 1s waiting for 'idle': sync status is OutOfSync (want"
                + " Synced)\n");
  }

  @Test
  void theServersValidationMessageIsShownAsItComes() {
    CliRun create = admin.run("app", "create", "broken", "--repo", server.repoUrl());

    assertThat(create.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(create.err())
        .startsWith("error: Application broken is invalid: ")
        .contains("spec.destination");
  }

  @Test
  void createReadsAManifestAndFlagsOverrideIt() throws Exception {
    Path manifest = work.resolve("from-file.yaml");
    Files.writeString(
        manifest,
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata: {name: from-file, labels: {team: web}}
        spec:
          project: default
          source: {repoURL: %s, path: guestbook, targetRevision: main}
          destination: {server: %s, namespace: from-file}
        """
            .formatted(server.repoUrl(), IN_CLUSTER));

    ok(
        admin.run(
            "app",
            "create",
            "-f",
            manifest.toString(),
            "--dest-namespace",
            "elsewhere",
            "--label",
            "tier=front"));

    Application app = app("from-file");
    assertThat(app.spec.destination.namespace).isEqualTo("elsewhere");
    assertThat(app.metadata.labels).containsEntry("team", "web").containsEntry("tier", "front");
    assertThat(admin.run("app", "create", "-f", manifest.toString()).err())
        .isEqualTo(
            "error: existing application spec is different, use upsert flag to force update\n");
    assertThat(ok(admin.run("app", "create", "-f", manifest.toString(), "--upsert")).out())
        .isEqualTo("application 'from-file' updated\n");
  }

  @Test
  void setAndUnsetChangeTheSpecFields() {
    ok(create("tuned", "guestbook", "tuned"));

    ok(
        admin.run(
            "app",
            "set",
            "tuned",
            "--revision",
            "v9",
            "--helm-set",
            "replicas=3",
            "--values",
            "prod.yaml",
            "--release-name",
            "shop",
            "--sync-option",
            "Validate=false"));
    Application set = app("tuned");
    assertThat(set.spec.source.targetRevision).isEqualTo("v9");
    assertThat(set.spec.source.helm.parameters)
        .extracting(p -> p.name + "=" + p.value)
        .containsExactly("replicas=3");
    assertThat(set.spec.source.helm.valueFiles).containsExactly("prod.yaml");
    assertThat(set.spec.syncPolicy.syncOptions)
        .containsExactly("CreateNamespace=true", "Validate=false");

    ok(admin.run("app", "unset", "tuned", "-p", "replicas", "--values", "prod.yaml"));
    Application unset = app("tuned");
    assertThat(unset.spec.source.helm.parameters).isNull();
    assertThat(unset.spec.source.helm.valueFiles).isNull();
    assertThat(unset.spec.source.helm.releaseName).isEqualTo("shop");
  }

  @Test
  void aGeneratedTokenLogsInAsItsAccount() {
    CliRun generated =
        ok(admin.run("account", "generate-token", "--account", "ci", "--expires-in", "30d"));
    String token = generated.out().strip();
    ClientSession ci = new ClientSession(server, work.resolve("ci-config"));

    ok(ci.run("login", server.address(), "--plaintext", "--token", token, "--name", "ci"));

    assertThat(ci.run("account", "get-user-info").out()).contains("Username: ci");
    assertThat(admin.run("account", "generate-token").err())
        .isEqualTo(
            "error: account 'admin' does not have the apiKey capability (argocd-cm"
                + " accounts.admin)\n");
  }

  private static CliRun create(String name, String path, String namespace, String... more) {
    List<String> args = new ArrayList<>();
    args.addAll(List.of("app", "create", name, "--repo", server.repoUrl(), "--path", path));
    args.addAll(List.of("--dest-server", IN_CLUSTER, "--dest-namespace", namespace));
    args.addAll(List.of("--sync-option", "CreateNamespace=true"));
    args.addAll(List.of(more));
    return admin.run(args.toArray(String[]::new));
  }

  private static CliRun ok(CliRun run) {
    assertThat(run.exitCode())
        .as("exit code; stdout:\n%s\nstderr:\n%s", run.out(), run.err())
        .isZero();
    return run;
  }

  private static Application app(String name) {
    return ModelCodec.readYaml(
        ok(admin.run("app", "get", name, "-o", "yaml")).out(), Application.class);
  }

  private static void awaitApp(String name, Predicate<Application> condition) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> app(name), condition::test);
  }

  private static List<JsonNode> history(String name) {
    try {
      JsonNode json =
          ModelCodec.jsonMapper()
              .readTree(ok(admin.run("app", "history", name, "-o", "json")).out());
      List<JsonNode> entries = new ArrayList<>();
      json.forEach(entries::add);
      return entries;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String greeting(String namespace) {
    ConfigMap map = server.kube().configMaps().inNamespace(namespace).withName("greeting").get();
    return map == null ? null : map.getData().get("greeting");
  }
}
