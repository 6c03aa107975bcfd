package io.mooring.cli;

import io.mooring.controller.runtime.ControllerSettings;
import io.mooring.server.ServerOptions;
import io.mooring.server.Transport;
import io.mooring.server.wiring.RunningServer;
import io.mooring.server.wiring.ServerConfig;
import io.mooring.server.wiring.ServerWiring;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mooring server}: the controller, manifest rendering and the API server in one process,
 * until stopped.
 */
@Command(
    name = "server",
    mixinStandardHelpOptions = true,
    description = {
      "Runs Mooring in one process against a cluster: the Application controller (with manifest"
          + " rendering in process) and the API server (REST API, webhooks, metrics).",
      "Serves HTTPS with a generated self-signed certificate unless --insecure. Uses the current"
          + " context of --kubeconfig, or in-cluster configuration without it. Stops cleanly on"
          + " Ctrl-C."
    })
public final class ServerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--kubeconfig",
      paramLabel = "FILE",
      description = "Kubeconfig of the control cluster (default: in-cluster).")
  Path kubeconfig;

  @Option(
      names = {"-n", "--namespace"},
      paramLabel = "NS",
      description = "Control namespace (default: ${DEFAULT-VALUE}).")
  String namespace = "argocd";

  @Option(
      names = {"-p", "--port"},
      paramLabel = "P",
      description = "Port of the API (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Option(names = "--insecure", description = "Serve plain HTTP instead of HTTPS (local use).")
  boolean insecure;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Where repository clones and caches live (default: ${DEFAULT-VALUE}).")
  Path dataDirectory = Path.of(System.getProperty("user.home"), ".mooring", "server");

  @Override
  public Integer call() {
    if (kubeconfig != null && !Files.isReadable(kubeconfig)) {
      spec.commandLine()
          .getErr()
          .println("error: --kubeconfig " + kubeconfig + ": no such file or not readable");
      return ExitCodes.USAGE;
    }
    if (port < 0 || port > 65535) {
      spec.commandLine().getErr().println("error: --port " + port + ": not between 0 and 65535");
      return ExitCodes.USAGE;
    }
    ServerConfig config =
        new ServerConfig(
            Optional.ofNullable(kubeconfig),
            namespace,
            port,
            insecure
                ? Transport.plain()
                : Transport.selfSigned(List.of("localhost", "127.0.0.1"), Clock.systemUTC()),
            dataDirectory,
            ControllerSettings.defaults(),
            ServerOptions.defaults(MooringVersion.current()));
    CountDownLatch stopped = new CountDownLatch(1);
    RunningServer server = ServerWiring.start(config);
    Thread shutdown =
        new Thread(
            () -> {
              server.close();
              stopped.countDown();
            },
            "mooring-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);
    spec.commandLine()
        .getOut()
        .println(
            "mooring server: serving "
                + server.url()
                + (insecure ? "" : " (self-signed certificate)")
                + " for namespace "
                + namespace
                + " of "
                + (kubeconfig == null ? "the in-cluster API" : kubeconfig)
                + " (Ctrl-C stops)");
    spec.commandLine().getOut().flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      server.close();
      removeHook(shutdown);
    }
    return ExitCodes.OK;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook runs anyway
    }
  }
}
