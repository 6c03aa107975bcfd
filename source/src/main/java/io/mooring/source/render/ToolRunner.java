package io.mooring.source.render;

import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external tool (kustomize, kubectl) with a deadline: a tool still running when it passes
 * is killed with its child processes. Output beyond a size limit stops the tool too.
 */
public final class ToolRunner {
  private static final ExecutorService STREAM_READERS =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "mooring-tool-output");
            thread.setDaemon(true);
            return thread;
          });

  private final Duration timeout;
  private final long maxOutputBytes;

  /** A runner enforcing the given timeout and output size. */
  public ToolRunner(Duration timeout, long maxOutputBytes) {
    this.timeout = timeout;
    this.maxOutputBytes = maxOutputBytes;
  }

  /** A tool invocation: the command line, working directory and extra environment. */
  public record Invocation(List<String> command, Path directory, Map<String, String> environment) {}

  /** Runs the invocation and returns its standard output; fails with the tool's own stderr. */
  public String run(Invocation invocation) throws SourceException {
    String name =
        String.join(" ", invocation.command().subList(0, Math.min(2, invocation.command().size())));
    ProcessBuilder builder = new ProcessBuilder(invocation.command());
    builder.directory(invocation.directory().toFile());
    builder.environment().putAll(invocation.environment());
    Process process;
    try {
      process = builder.start();
      process.getOutputStream().close();
    } catch (IOException e) {
      throw new SourceException(
          Reason.TOOL_FAILED, "could not start " + name + ": " + e.getMessage(), e);
    }
    CompletableFuture<byte[]> stdout = capture(process.getInputStream(), process);
    CompletableFuture<byte[]> stderr = capture(process.getErrorStream(), process);
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        kill(process);
        throw new SourceException(
            Reason.TOOL_TIMEOUT,
            name + " did not finish within " + timeout.toSeconds() + "s and was stopped");
      }
      byte[] out = stdout.join();
      String err = new String(stderr.join(), StandardCharsets.UTF_8).strip();
      if (out.length > maxOutputBytes) {
        throw new SourceException(
            Reason.TOO_LARGE,
            name + " produced more than " + maxOutputBytes + " bytes of manifests");
      }
      if (process.exitValue() != 0) {
        throw new SourceException(
            Reason.TOOL_FAILED,
            name
                + " failed (exit "
                + process.exitValue()
                + "): "
                + (err.isEmpty() ? "no message" : err));
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      throw new SourceException(Reason.TOOL_TIMEOUT, name + " was interrupted and stopped", e);
    }
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private CompletableFuture<byte[]> capture(InputStream stream, Process process) {
    return CompletableFuture.supplyAsync(
        () -> {
          ByteArrayOutputStream buffer = new ByteArrayOutputStream();
          byte[] chunk = new byte[8192];
          try (InputStream in = stream) {
            int read;
            while ((read = in.read(chunk)) >= 0) {
              if (buffer.size() <= maxOutputBytes) {
                buffer.write(chunk, 0, read);
              } else {
                kill(process);
              }
            }
          } catch (IOException e) {
            // the process was killed or closed its stream
          }
          return buffer.toByteArray();
        },
        STREAM_READERS);
  }
}
