package io.mooring.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged binary as a user drives it: {@code mooring demo} in the background (free ports, a
 * temporary data dir), {@code mooring login} and {@code app} commands, {@code git} and {@code
 * kubectl}; the stories run in order against one demo, and the last one stops it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoEndToEndTest {
  private static final List<String> EXAMPLES =
      List.of(
          "examples",
          "guestbook",
          "hello-chart",
          "release-waves",
          "shop-production",
          "shop-staging");
  private static final Duration GENEROUS = Duration.ofSeconds(90);
  private static final Pattern KUBE_PORT = Pattern.compile("server: http://127\\.0\\.0\\.1:(\\d+)");

  @TempDir static Path work;
  private static DemoProcess demo;
  private static MooringCli admin;
  private static MooringCli viewer;
  private static Kubectl kubectl;
  private static GitCli repo;

  @BeforeAll
  static void startTheDemoAndLogIn() {
    Path jar = Launch.mooringJar();
    demo =
        DemoProcess.start(jar, work.resolve("demo-data"), work).awaitReady(Duration.ofMinutes(3));
    System.out.printf(Locale.ROOT, "figure: mooring demo ready in %.1f s%n", demo.readySeconds());
    admin = new MooringCli(jar, work.resolve("admin-config"), work);
    viewer = new MooringCli(jar, work.resolve("viewer-config"), work);
    admin
        .run(
            "login",
            demo.apiAddress(),
            "--plaintext",
            "--username",
            "admin",
            "--password",
            demo.adminPassword())
        .succeeded();
    viewer
        .run(
            "login",
            demo.apiAddress(),
            "--plaintext",
            "--username",
            "viewer",
            "--password",
            demo.viewerPassword())
        .succeeded();
    kubectl = new Kubectl(demo.kubeconfig());
    repo = GitCli.clone(demo.cloneUrl(), work.resolve("examples"));
  }

  @AfterAll
  static void stopWhateverIsLeft() {
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  @Order(1)
  void everyExampleAppReachesSyncedAndHealthy() {
    Map<String, String> statuses =
        await()
            .atMost(GENEROUS)
            .pollInterval(Duration.ofSeconds(1))
            .until(DemoEndToEndTest::statuses, s -> s.keySet().containsAll(EXAMPLES) && settled(s));

    assertThat(statuses.keySet()).containsExactlyElementsOf(EXAMPLES);
    JsonNode guestbook = admin.json("app", "get", "guestbook", "-o", "json");
    assertThat(guestbook.at("/status/sync/status").asText()).isEqualTo("Synced");
    assertThat(guestbook.at("/status/health/status").asText()).isEqualTo("Healthy");
    assertThat(guestbook.at("/spec/source/repoURL").asText()).isEqualTo(demo.cloneUrl());
    assertThat(kubectl.replicas("guestbook", "guestbook-web")).isEqualTo(2);
  }

  @Test
  @Order(2)
  void aCommitPushedWithGitIsSynced() {
    repo.edit("guestbook/deployment.yaml", yaml -> yaml.replace("replicas: 2", "replicas: 3"));
    String commit = repo.commitAll("guestbook: 3 replicas");

    String remote = repo.push();
    long pushed = System.nanoTime();
    await()
        .atMost(GENEROUS)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> kubectl.replicas("guestbook", "guestbook-web") == 3);
    double seconds = (System.nanoTime() - pushed) / 1e9;

    System.out.printf(
        Locale.ROOT,
        "figure: push to replicas changed in the cluster: %.2f s (budget 5 s)%n",
        seconds);
    assertThat(remote).contains("mooring: webhook delivered for refs/heads/main");
    await()
        .atMost(GENEROUS)
        .until(
            () -> admin.json("app", "get", "guestbook", "-o", "json"), app -> synced(app, commit));
  }

  @Test
  @Order(3)
  void manualDriftIsRevertedBySelfHeal() {
    kubectl
        .run("scale", "deployment", "guestbook-web", "-n", "guestbook", "--replicas=0")
        .succeeded();

    await()
        .atMost(GENEROUS)
        .pollInterval(Duration.ofMillis(250))
        .until(() -> kubectl.replicas("guestbook", "guestbook-web") == 3);
  }

  @Test
  @Order(4)
  void aFileRemovedFromGitIsPruned() {
    assertThat(kubectl.exists("guestbook", "configmap", "guestbook-motd")).isTrue();
    repo.git("rm", "--quiet", "guestbook/motd.yaml");
    String commit = repo.commitAll("guestbook: no message of the day");

    repo.push();

    await()
        .atMost(GENEROUS)
        .pollInterval(Duration.ofMillis(250))
        .until(() -> !kubectl.exists("guestbook", "configmap", "guestbook-motd"));
    await()
        .atMost(GENEROUS)
        .until(
            () -> admin.json("app", "get", "guestbook", "-o", "json"), app -> synced(app, commit));
  }

  @Test
  @Order(5)
  void anInvalidManifestShowsAComparisonErrorAndPrunesNothing() {
    repo.write("guestbook/broken.yaml", "apiVersion: v1\nkind: ConfigMap\ndata: [not: closed\n");
    repo.commitAll("guestbook: a broken manifest");
    repo.push();

    JsonNode app =
        await()
            .atMost(GENEROUS)
            .until(
                () -> admin.json("app", "get", "guestbook", "-o", "json"),
                a -> condition(a, "ComparisonError").contains("broken.yaml"));
    assertThat(condition(app, "ComparisonError")).contains("guestbook/broken.yaml");
    assertThat(kubectl.replicas("guestbook", "guestbook-web")).isEqualTo(3);
    assertThat(kubectl.exists("guestbook", "service", "guestbook-web")).isTrue();
    assertThat(kubectl.exists("guestbook", "configmap", "guestbook-settings")).isTrue();

    repo.git("rm", "--quiet", "guestbook/broken.yaml");
    String fixed = repo.commitAll("guestbook: remove the broken manifest");
    repo.push();
    await()
        .atMost(GENEROUS)
        .until(() -> admin.json("app", "get", "guestbook", "-o", "json"), a -> synced(a, fixed));
  }

  @Test
  @Order(6)
  void theViewerMayReadButRbacSaysItMayNotSync() {
    JsonNode apps = viewer.json("app", "list", "-o", "json");
    assertThat(apps.size()).isEqualTo(EXAMPLES.size());

    ProcessRun canI = viewer.run("account", "can-i", "sync", "applications", "default/guestbook");

    assertThat(canI.succeeded().out().strip()).isEqualTo("no");
  }

  @Test
  @Order(7)
  void theViewerCannotSync() {
    ProcessRun sync = viewer.run("app", "sync", "guestbook");

    assertThat(sync.exitCode()).as(sync.describe()).isEqualTo(1);
    assertThat(sync.err()).contains("permission denied").contains("applications, sync");
  }

  @Test
  @Order(8)
  void rollbackIsRefusedUnderAutomatedSyncAndWorksWithoutIt() {
    JsonNode history = admin.json("app", "get", "guestbook", "-o", "json").at("/status/history");
    String firstId = history.get(0).path("id").asText();

    ProcessRun refused = admin.run("app", "rollback", "guestbook", firstId);
    assertThat(refused.exitCode()).as(refused.describe()).isEqualTo(1);
    assertThat(refused.err()).contains("rollback cannot be initiated when auto-sync is enabled");

    // the app of apps (self-heal) would put guestbook's automated policy back from Git before the
    // rollback: turn its automation off first, as a user must
    admin.run("app", "set", "examples", "--sync-policy", "none").succeeded();
    admin.run("app", "set", "guestbook", "--sync-policy", "none").succeeded();
    JsonNode automated =
        admin.json("app", "get", "guestbook", "-o", "json").at("/spec/syncPolicy/automated");
    assertThat(automated.isMissingNode() || automated.isNull())
        .as("guestbook's automated sync is off: %s", automated)
        .isTrue();
    admin.run("app", "rollback", "guestbook", firstId).succeeded();
    admin.run("app", "wait", "guestbook", "--health", "--timeout", "90").succeeded();

    assertThat(kubectl.replicas("guestbook", "guestbook-web"))
        .as("the first synced revision had 2 replicas")
        .isEqualTo(2);
    assertThat(kubectl.exists("guestbook", "configmap", "guestbook-motd"))
        .as("the first revision still had the message of the day")
        .isTrue();
  }

  @Test
  @Order(9)
  void stoppingTheDemoEndsTheProcessAndFreesItsPorts() throws IOException {
    int api = demo.apiPort();
    int git = demo.gitPort();
    int kube = kubePort();
    ProcessHandle process = demo.handle();
    List<ProcessHandle> children = process.descendants().toList();

    int exitCode = demo.stop(Duration.ofSeconds(60));

    assertThat(process.isAlive()).isFalse();
    assertThat(children.stream().filter(ProcessHandle::isAlive).map(DemoEndToEndTest::describe))
        .as("processes the demo had started (kubectl kustomize, helm, git)")
        .isEmpty();
    assertThat(stillMentioning(work.resolve("demo-data")))
        .as("processes whose command line names the demo's data dir")
        .isEmpty();
    assertThat(exitCode).as("exit code after SIGTERM").isIn(0, 143);
    assertThat(free(new InetSocketAddress(api))).as("UI/API port %d", api).isTrue();
    assertThat(free(new InetSocketAddress(InetAddress.getLoopbackAddress(), git)))
        .as("Git port %d", git)
        .isTrue();
    assertThat(free(new InetSocketAddress(InetAddress.getLoopbackAddress(), kube)))
        .as("Kubernetes API port %d", kube)
        .isTrue();
  }

  private static Map<String, String> statuses() {
    Map<String, String> statuses = new TreeMap<>();
    for (JsonNode app : admin.json("app", "list", "-o", "json")) {
      statuses.put(
          app.at("/metadata/name").asText(),
          app.at("/status/sync/status").asText() + "/" + app.at("/status/health/status").asText());
    }
    return statuses;
  }

  private static boolean settled(Map<String, String> statuses) {
    return statuses.values().stream().allMatch("Synced/Healthy"::equals);
  }

  private static boolean synced(JsonNode app, String commit) {
    return "Synced".equals(app.at("/status/sync/status").asText())
        && commit.equals(app.at("/status/sync/revision").asText())
        && "Healthy".equals(app.at("/status/health/status").asText());
  }

  private static String condition(JsonNode app, String type) {
    for (JsonNode condition : app.at("/status/conditions")) {
      if (type.equals(condition.path("type").asText())) {
        return condition.path("message").asText();
      }
    }
    return "";
  }

  private static int kubePort() throws IOException {
    Matcher port = KUBE_PORT.matcher(Files.readString(demo.kubeconfig()));
    assertThat(port.find()).as("the kubeconfig names the cluster's URL").isTrue();
    return Integer.parseInt(port.group(1));
  }

  private static List<String> stillMentioning(Path dataDir) {
    String path = dataDir.toString();
    return ProcessHandle.allProcesses()
        .filter(p -> p.pid() != ProcessHandle.current().pid())
        .filter(p -> p.info().commandLine().map(line -> line.contains(path)).orElse(false))
        .filter(ProcessHandle::isAlive)
        .map(DemoEndToEndTest::describe)
        .toList();
  }

  private static String describe(ProcessHandle process) {
    return process.pid() + " " + process.info().commandLine().orElse("?");
  }

  private static boolean free(InetSocketAddress address) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(address);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
