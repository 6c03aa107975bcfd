package io.mooring.source.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM that rendered with embedded Helm still stops on SIGTERM and Ctrl-C (SIGINT) and runs its
 * shutdown hooks, and {@code jcmd} still attaches to it (SIGQUIT): Helm's Go runtime takes these
 * signals during its first render, and {@link EmbeddedHelm} hands them back. Runs {@link
 * RenderThenWait} as a separate process, because a signal is about a whole process.
 */
class EmbeddedHelmSignalsProcessTest {
  /** Generous bounds for a loaded machine; the process normally ends within a second. */
  private static final long READY_SECONDS = 120;

  private static final long EXIT_SECONDS = 60;

  @TempDir Path work;
  private Process process;

  @AfterEach
  void killWhatIsLeft() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
    }
  }

  @Test
  void sigtermAfterARenderRunsTheShutdownHooksAndExitsWith143() throws Exception {
    process = startAndRender();

    process.toHandle().destroy(); // SIGTERM, leaving the pipes open to read the rest

    assertThat(process.waitFor(EXIT_SECONDS, TimeUnit.SECONDS))
        .as("the process ended after SIGTERM")
        .isTrue();
    assertThat(process.exitValue()).isEqualTo(128 + 15);
    assertThat(restOfStdout()).contains("shutdown hook ran");
  }

  @Test
  void ctrlCAfterARenderRunsTheShutdownHooksAndExitsWith130() throws Exception {
    process = startAndRender();

    Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
    assertThat(kill.waitFor()).as("kill -INT").isZero();

    assertThat(process.waitFor(EXIT_SECONDS, TimeUnit.SECONDS))
        .as("the process ended after SIGINT")
        .isTrue();
    assertThat(process.exitValue()).isEqualTo(128 + 2);
    assertThat(restOfStdout()).contains("shutdown hook ran");
  }

  @Test
  void afterARenderJcmdStillAttachesForThreadDumpsAndDiagnostics() throws Exception {
    process = startAndRender();

    Process jcmd =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid()),
                "VM.version")
            .redirectErrorStream(true)
            .start();
    String answer = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(jcmd.waitFor(EXIT_SECONDS, TimeUnit.SECONDS)).as("jcmd finished").isTrue();
    assertThat(jcmd.exitValue()).as("jcmd's exit code; it said:%n%s", answer).isZero();
    assertThat(answer).contains("JDK " + Runtime.version().feature());
  }

  private BufferedReader stdout;

  private Process startAndRender() throws IOException, InterruptedException {
    Process started =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    RenderThenWait.class.getName(),
                    work.toString()))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    stdout =
        new BufferedReader(new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> rendered = CompletableFuture.supplyAsync(this::readUntilRendered);
    try {
      assertThat(rendered.get(READY_SECONDS, TimeUnit.SECONDS))
          .as("what the process printed after rendering")
          .isEqualTo("rendered");
    } catch (ExecutionException | TimeoutException e) {
      started.destroyForcibly();
      throw new AssertionError("the process did not render with embedded Helm", e);
    }
    return started;
  }

  private String readUntilRendered() {
    try {
      String line;
      while ((line = stdout.readLine()) != null) {
        if (line.equals("rendered") || line.startsWith("unexpected: ")) {
          return line;
        }
      }
      return "(stdout ended)";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String restOfStdout() throws IOException {
    StringBuilder rest = new StringBuilder();
    String line;
    while ((line = stdout.readLine()) != null) {
      rest.append(line).append('\n');
    }
    return rest.toString();
  }
}
