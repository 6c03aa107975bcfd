package io.mooring.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar mooring.jar demo} started in the background, as a user starts it in a terminal:
 * its stdout is read line by line until it prints {@code ready in}, and what the banner says (URL,
 * passwords, clone URL, kubeconfig) is picked out of it.
 */
final class DemoProcess implements AutoCloseable {
  private static final Pattern UI = Pattern.compile("Web UI and API +(http://localhost:(\\d+))");
  private static final Pattern ADMIN = Pattern.compile("admin password +(\\S+)");
  private static final Pattern VIEWER = Pattern.compile("viewer password +(\\S+)");
  private static final Pattern CLONE =
      Pattern.compile("Git repository +git clone (http://127\\.0\\.0\\.1:(\\d+)/\\S+)");
  private static final Pattern KUBECONFIG = Pattern.compile("export KUBECONFIG=(\\S+)");
  private static final Pattern READY = Pattern.compile("^ready in ([0-9.]+) s$", Pattern.MULTILINE);

  private final Process process;
  private final StringBuffer stdout = new StringBuffer();
  private final Path stderr;
  private final Thread reader;

  private DemoProcess(Process process, Path stderr) {
    this.process = process;
    this.stderr = stderr;
    this.reader = new Thread(this::readStdout, "e2e-demo-stdout");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code mooring demo} with every port free-picked and its state in {@code dataDir}. */
  static DemoProcess start(Path jar, Path dataDir, Path workDirectory) {
    try {
      Path stderr = Files.createTempFile(workDirectory, "demo-stderr", ".txt");
      Process process =
          new ProcessBuilder(
                  List.of(
                      Launch.java(),
                      // as bin/mooring starts it (less its class-data archive, which a first
                      // start only records)
                      "-XX:TieredStopAtLevel=1",
                      "-jar",
                      jar.toString(),
                      "demo",
                      "--port",
                      "0",
                      "--git-port",
                      "0",
                      "--kube-port",
                      "0",
                      "--data-dir",
                      dataDir.toString()))
              .directory(workDirectory.toFile())
              .redirectError(stderr.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .start();
      return new DemoProcess(process, stderr);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the demo printed that it is ready; fails if it exits first. */
  DemoProcess awaitReady(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (!READY.matcher(stdout).find()) {
      if (!process.isAlive()) {
        throw new AssertionError("mooring demo exited " + process.exitValue() + "\n" + output());
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("mooring demo not ready after " + timeout + "\n" + output());
      }
      sleep(Duration.ofMillis(100));
    }
    return this;
  }

  /** What the demo printed on stdout so far. */
  String stdout() {
    return stdout.toString();
  }

  /** The {@code ready in} figure it printed, in seconds. */
  double readySeconds() {
    return Double.parseDouble(find(READY, 1));
  }

  /** host:port of the UI and API, for {@code mooring login}. */
  String apiAddress() {
    return "localhost:" + apiPort();
  }

  int apiPort() {
    return Integer.parseInt(find(UI, 2));
  }

  String adminPassword() {
    return find(ADMIN, 1);
  }

  String viewerPassword() {
    return find(VIEWER, 1);
  }

  String cloneUrl() {
    return find(CLONE, 1);
  }

  int gitPort() {
    return Integer.parseInt(find(CLONE, 2));
  }

  Path kubeconfig() {
    return Path.of(find(KUBECONFIG, 1));
  }

  /** The process. */
  ProcessHandle handle() {
    return process.toHandle();
  }

  /**
   * Asks the demo to stop as {@code kill} would (SIGTERM), and waits for it to exit and for its
   * stdout to end.
   */
  int stop(Duration timeout) {
    process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close stdout
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError("mooring demo still running " + timeout + " after SIGTERM");
      }
      reader.join(timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return process.exitValue();
  }

  /** stdout and stderr, for failure messages. */
  String output() {
    try {
      return "--- stdout\n" + stdout + "--- stderr\n" + Files.readString(stderr);
    } catch (IOException e) {
      return "--- stdout\n" + stdout;
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
  }

  private String find(Pattern pattern, int group) {
    Matcher matcher = pattern.matcher(stdout);
    if (!matcher.find()) {
      throw new AssertionError("mooring demo did not print " + pattern + "\n" + output());
    }
    return matcher.group(group);
  }

  private void readStdout() {
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        stdout.append(line).append('\n');
      }
    } catch (IOException e) {
      // the process ended
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
