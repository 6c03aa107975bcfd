package io.mooring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EmbeddedClusterCommandTest {
  @TempDir Path dir;

  @Test
  void runsUntilStoppedAndWritesAKubeconfigKubectlCanUse() throws Exception {
    Path kubeconfig = dir.resolve("sandbox.kubeconfig");
    EmbeddedClusterCommand command = new EmbeddedClusterCommand();
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () -> cli.execute("--port", "0", "--kubeconfig", kubeconfig.toString()));

    awaitOutput(out, "Press Ctrl-C", exit);
    assertThat(out.toString())
        .contains("sandbox, not a production cluster")
        .contains("http://127.0.0.1:");
    assertThat(Files.readString(kubeconfig)).contains("server: http://127.0.0.1:");
    if (Files.isExecutable(Path.of("/usr/bin/kubectl"))) {
      Process kubectl =
          new ProcessBuilder(
                  "/usr/bin/kubectl",
                  "--kubeconfig",
                  kubeconfig.toString(),
                  "get",
                  "nodes",
                  "-o",
                  "name")
              .redirectErrorStream(true)
              .start();
      String nodes = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(kubectl.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(nodes).contains("node/sandbox-node");
    }

    command.requestStop();

    assertThat(exit.get(30, TimeUnit.SECONDS)).isEqualTo(ExitCodes.OK);
  }

  /** Polls the command's output until it shows the text, the command ends, or 60 s pass. */
  private static void awaitOutput(StringWriter out, String text, CompletableFuture<Integer> exit)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!out.toString().contains(text) && !exit.isDone() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(out.toString()).as("command output").contains(text);
  }

  @Test
  void helpSaysItIsASandbox() {
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));

    int code = cli.execute("admin", "embedded-cluster", "--help");

    assertThat(code).isZero();
    assertThat(out.toString()).contains("SANDBOX").contains("--kubeconfig").contains("--port");
  }
}
