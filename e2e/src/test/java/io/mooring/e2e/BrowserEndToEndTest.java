package io.mooring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI in a real browser: {@code mooring demo} started as in {@link DemoEndToEndTest}, then
 * the UI's browser story ({@code ui/e2e/story.test.mjs}, playwright-core driving Debian's Chromium)
 * run with {@code node --test} against it. The story's steps and their outcome are printed; any
 * failing step fails this test, with a screenshot of the page as it failed.
 */
class BrowserEndToEndTest {
  private static final Duration STORY_TIMEOUT = Duration.ofMinutes(4);
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir static Path work;
  private static DemoProcess demo;

  @BeforeAll
  static void startTheDemo() {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException(
          CHROMIUM
              + " is missing: install Debian's chromium (apt-get install -y chromium; .ci/run does)");
    }
    demo =
        DemoProcess.start(Launch.mooringJar(), work.resolve("demo-data"), work)
            .awaitReady(Duration.ofMinutes(3));
  }

  @AfterAll
  static void stopTheDemo() {
    if (demo != null) {
      demo.stop(Duration.ofSeconds(30));
      demo.close();
    }
  }

  @Test
  void theBrowserStoryPassesAgainstTheDemo() throws Exception {
    Path ui = uiDirectory();
    Path out = Files.createDirectories(Path.of("target", "browser-story").toAbsolutePath());
    Path log = out.resolve("story.log");
    ProcessBuilder builder =
        new ProcessBuilder(List.of("node", "--test", "--test-reporter=spec", "e2e/story.test.mjs"))
            .directory(ui.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    builder
        .environment()
        .putAll(
            Map.of(
                "MOORING_URL", "http://localhost:" + demo.apiPort(),
                "MOORING_ADMIN_PASSWORD", demo.adminPassword(),
                "MOORING_KUBECONFIG", demo.kubeconfig().toString(),
                "MOORING_REPO_URL", demo.cloneUrl(),
                "MOORING_E2E_OUT", out.toString(),
                "CHROMIUM", CHROMIUM.toString(),
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
    long started = System.nanoTime();
    Process node = builder.start();
    boolean finished = node.waitFor(STORY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (!finished) {
      // node, its test subprocess and Chromium: all of them, children first
      node.descendants().forEach(ProcessHandle::destroyForcibly);
      node.destroyForcibly();
    }
    String output = read(log);
    System.out.println(output);
    System.out.printf(
        Locale.ROOT, "figure: browser story ran in %.1f s%n", (System.nanoTime() - started) / 1e9);

    String state = finished && node.exitValue() == 0 ? "" : "\n" + whatTheDemoShows();
    assertThat(finished)
        .as("the browser story finished within " + STORY_TIMEOUT + "\n" + output + state)
        .isTrue();
    assertThat(node.exitValue())
        .as(
            "node --test e2e/story.test.mjs exit code (screenshot of a failed step: "
                + out.resolve("failed-step.png")
                + ")\n"
                + output
                + state)
        .isZero();
    assertThat(output).contains("ℹ fail 0").doesNotContain("ℹ pass 0");
  }

  /**
   * For a failed story: each app's status as the API reports it, and the workloads in the cluster,
   * so a failure tells the UI's view apart from the controller's.
   */
  private static String whatTheDemoShows() {
    MooringCli admin = new MooringCli(Launch.mooringJar(), work.resolve("diagnosis-config"), work);
    ProcessRun login =
        admin.run(
            "login",
            demo.apiAddress(),
            "--plaintext",
            "--username",
            "admin",
            "--password",
            demo.adminPassword());
    String apps = login.exitCode() == 0 ? admin.run("app", "list").out() : login.describe();
    String workloads =
        new Kubectl(demo.kubeconfig())
            .run("get", "deployments,replicasets,pods", "--all-namespaces")
            .out();
    return "what the API reports now:\n" + apps + "\nthe cluster's workloads now:\n" + workloads;
  }

  /** ui/, whose node_modules the ui module's build installed (the server depends on it). */
  private static Path uiDirectory() {
    Path ui = Path.of(System.getProperty("mooring.ui", "../ui")).toAbsolutePath().normalize();
    if (!Files.isDirectory(ui.resolve("node_modules/playwright-core"))) {
      throw new IllegalStateException(
          ui
              + "/node_modules/playwright-core is missing: build the ui module first (npm ci runs in its build)");
    }
    return ui;
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
