package io.mooring.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One command run to completion, as a user runs it in a terminal: its exit code and what it printed
 * on stdout and stderr.
 *
 * @param command what ran
 * @param exitCode its exit code
 * @param out what it printed on stdout
 * @param err what it printed on stderr
 */
record ProcessRun(List<String> command, int exitCode, String out, String err) {
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  /** Runs {@code command} in {@code directory} with {@code environment} added to ours. */
  static ProcessRun of(List<String> command, Path directory, Map<String, String> environment) {
    try {
      Path stdout = Files.createTempFile("e2e-out", ".txt");
      Path stderr = Files.createTempFile("e2e-err", ".txt");
      try {
        ProcessBuilder builder =
            new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new AssertionError(String.join(" ", command) + ": still running after " + TIMEOUT);
        }
        return new ProcessRun(
            command,
            process.exitValue(),
            Files.readString(stdout, StandardCharsets.UTF_8),
            Files.readString(stderr, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(stdout);
        Files.deleteIfExists(stderr);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Fails the test, showing the output, unless the command exited 0; returns this. */
  ProcessRun succeeded() {
    if (exitCode != 0) {
      throw new AssertionError(describe());
    }
    return this;
  }

  /** The command, exit code and output, for failure messages. */
  String describe() {
    return String.join(" ", command)
        + " exited "
        + exitCode
        + "\n--- stdout\n"
        + out
        + "--- stderr\n"
        + err;
  }
}
