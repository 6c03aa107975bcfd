package io.mooring.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real kubectl driven against the sandbox through a kubeconfig, as a user would. */
class KubectlTest {
  private static final Path KUBECTL = Path.of("/usr/bin/kubectl");
  private static EmbeddedCluster cluster;
  @TempDir static Path dir;
  private static Path kubeconfig;

  @BeforeAll
  static void start() {
    assumeTrue(Files.isExecutable(KUBECTL), "kubectl is not installed at " + KUBECTL);
    cluster = EmbeddedCluster.start(EmbeddedClusterOptions.forTests());
    kubeconfig = dir.resolve("kubeconfig");
    cluster.writeKubeconfig(kubeconfig);
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void deploymentLifecycleThroughKubectl() throws Exception {
    assertThat(kubectl("apply", "-f", fixture("web-v1.yaml")))
        .contains("deployment.apps/web created");
    assertThat(kubectl("rollout", "status", "deployment/web", "--timeout=60s"))
        .contains("successfully rolled out");
    assertThat(
            kubectl(
                "get",
                "pods",
                "-l",
                "app=web",
                "-o",
                "jsonpath={range .items[*]}{.status.conditions[?(@.type==\"Ready\")].status} {end}"))
        .isEqualTo("True True ");

    assertThat(kubectl("apply", "-f", fixture("web-v2.yaml")))
        .contains("deployment.apps/web configured");
    assertThat(kubectl("rollout", "status", "deployment/web", "--timeout=60s"))
        .contains("successfully rolled out");
    assertThat(kubectl("get", "rs", "-l", "app=web", "-o", "name").lines()).hasSize(2);
    assertThat(
            kubectl(
                "get",
                "deploy",
                "web",
                "-o",
                "jsonpath={.metadata.annotations.deployment\\.kubernetes\\.io/revision}"))
        .isEqualTo("2");

    assertThat(kubectl("scale", "deployment/web", "--replicas=3")).contains("scaled");
    assertThat(kubectl("rollout", "status", "deployment/web", "--timeout=60s"))
        .contains("successfully rolled out");
    assertThat(kubectl("get", "deploy", "web", "-o", "jsonpath={.status.readyReplicas}"))
        .isEqualTo("3");

    kubectl(
        "patch",
        "deployment",
        "web",
        "-p",
        "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"main\",\"env\":[{\"name\":\"MODE\",\"value\":\"blue\"}]}]}}}}");
    assertThat(
            kubectl(
                "get",
                "deploy",
                "web",
                "-o",
                "jsonpath={.spec.template.spec.containers[0].image} {.spec.template.spec.containers[0].env[0].value}"))
        .isEqualTo("nginx:1.27 blue");

    assertThat(watchBriefly("get", "pods", "-w", "-l", "app=web"))
        .anySatisfy(line -> assertThat(line).startsWith("web-"));

    assertThat(kubectl("delete", "deployment", "web")).contains("deleted");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              assertThat(kubectl("get", "rs", "-l", "app=web", "-o", "name")).isBlank();
              assertThat(kubectl("get", "pods", "-l", "app=web", "-o", "name")).isBlank();
            });
  }

  @Test
  void serverSideApplyCreatesAndUpdates() throws Exception {
    String cm = dir.resolve("cm.yaml").toString();
    Files.writeString(
        Path.of(cm),
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ssa, namespace: default}\ndata: {a: \"1\"}\n");
    assertThat(kubectl("apply", "--server-side", "-f", cm)).contains("serverside-applied");
    Files.writeString(
        Path.of(cm),
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ssa, namespace: default}\ndata: {a: \"2\"}\n");
    assertThat(kubectl("apply", "--server-side", "-f", cm)).contains("serverside-applied");
    assertThat(kubectl("get", "cm", "ssa", "-o", "jsonpath={.data.a}")).isEqualTo("2");
  }

  private static String fixture(String name) throws IOException {
    Path target = dir.resolve(name);
    try (var in = KubectlTest.class.getResourceAsStream("/kubectl/" + name)) {
      Files.write(target, in.readAllBytes());
    }
    return target.toString();
  }

  private static String kubectl(String... args) throws Exception {
    Process process = start(args);
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("kubectl finished").isTrue();
    assertThat(process.exitValue())
        .as("kubectl %s exit code; output: %s", String.join(" ", args), out)
        .isZero();
    return out;
  }

  /** Runs a watching kubectl until it printed a few lines (or ended), then stops it. */
  private static List<String> watchBriefly(String... args) throws Exception {
    Process process = start(args);
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (lines.size() < 4 && (line = reader.readLine()) != null) {
        lines.add(line);
      }
    } finally {
      process.destroy();
      process.waitFor(10, TimeUnit.SECONDS);
    }
    return lines;
  }

  private static Process start(String... args) throws IOException {
    List<String> command =
        new ArrayList<>(List.of(KUBECTL.toString(), "--kubeconfig", kubeconfig.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }
}
