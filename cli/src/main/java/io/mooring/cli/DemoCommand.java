package io.mooring.cli;

import io.mooring.demo.Demo;
import io.mooring.demo.DemoConfig;
import io.mooring.demo.DemoException;
import io.mooring.demo.DemoListener;
import io.mooring.demo.DemoPorts;
import io.mooring.demo.ReadyBanner;
import io.mooring.demo.RunningDemo;
import io.mooring.server.ListenAddress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mooring demo}: the embedded cluster, a Git server seeded with example apps and {@code
 * mooring server}, in this process, until Ctrl-C.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a complete GitOps sandbox in this process: an embedded Kubernetes API with simulated"
          + " workloads, a Git server (smart HTTP on 127.0.0.1, clone and push with git) seeded"
          + " with example apps, and mooring server (controller, API, web UI; plain HTTP).",
      "Registers an app of apps whose children sync automatically; a push to the Git server"
          + " reaches Mooring by a signed webhook. Prints the URLs and passwords when ready."
          + " Ctrl-C stops everything; state stays in --data-dir."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped with Ctrl-C",
      "1:could not start (port in use, data dir not writable, …)",
      "2:usage error"
    })
public final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-p", "--port"},
      paramLabel = "P",
      description = "Port of the web UI and API (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Option(
      names = "--address",
      paramLabel = "ADDR",
      description =
          "Address of the web UI and API (default: ${DEFAULT-VALUE}: this machine only; 0.0.0.0"
              + " for every interface — mind that it is plain HTTP). The Git server and the cluster"
              + " listen on 127.0.0.1 whatever this says.")
  String address = "127.0.0.1";

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Where the demo keeps its Git repositories, kubeconfig and caches (default:"
              + " ${DEFAULT-VALUE}); delete it to start afresh.")
  Path dataDirectory = Path.of("mooring-demo");

  @Option(
      names = "--git-port",
      paramLabel = "P",
      description =
          "Port of the Git server on 127.0.0.1 (default: ${DEFAULT-VALUE}: the one used last time"
              + " with this data dir if free, else any free port).")
  int gitPort = 0;

  @Option(
      names = "--kube-port",
      paramLabel = "P",
      description =
          "Port of the embedded Kubernetes API on 127.0.0.1 (default: ${DEFAULT-VALUE}: any free"
              + " port).")
  int kubePort = 0;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Instant startedAt = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
    DemoPorts ports;
    ListenAddress api;
    try {
      ports = new DemoPorts(port, gitPort, kubePort);
      api = ListenAddress.parse(address, port);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage().replaceFirst("^address ", "--address "));
      return ExitCodes.USAGE;
    }
    DemoConfig config =
        DemoConfig.defaults(ports, dataDirectory, MooringVersion.current(), startedAt)
            .withApiHost(api.host());
    RunningDemo demo;
    try {
      demo = Demo.start(config, new Progress(out, startedAt));
    } catch (DemoException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread shutdown =
        new Thread(
            () -> {
              demo.close();
              stopped.countDown();
            },
            "mooring-demo-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);
    out.print(ReadyBanner.render(demo.access(), Duration.between(startedAt, Instant.now())));
    out.println();
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      demo.close();
      try {
        Runtime.getRuntime().removeShutdownHook(shutdown);
      } catch (IllegalStateException e) {
        // the JVM is already shutting down: the hook runs anyway
      }
    }
    return ExitCodes.OK;
  }

  /** Progress lines on stdout, each with the time since the process started. */
  private record Progress(PrintWriter out, Instant startedAt) implements DemoListener {
    @Override
    public void step(String description) {
      out.println(stamp() + description);
      out.flush();
    }

    @Override
    public void examplesSettled(List<String> apps, Duration sinceStart) {
      out.println(
          stamp()
              + "all "
              + apps.size()
              + " example apps are Synced and Healthy ("
              + String.join(", ", apps)
              + ")");
      out.flush();
    }

    private String stamp() {
      double seconds = Duration.between(startedAt, Instant.now()).toMillis() / 1000.0;
      return String.format(Locale.ROOT, "mooring demo [%5.1f s] ", seconds);
    }
  }
}
