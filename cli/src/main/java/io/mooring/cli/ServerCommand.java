package io.mooring.cli;

import io.mooring.controller.runtime.ControllerSettings;
import io.mooring.server.ListenAddress;
import io.mooring.server.ServerOptions;
import io.mooring.server.Transport;
import io.mooring.server.wiring.RunningServer;
import io.mooring.server.wiring.ServerConfig;
import io.mooring.server.wiring.ServerWiring;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin KubeOptions kube;

  @Option(
      names = {"-p", "--port"},
      paramLabel = "P",
      description = "Port of the API (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Option(
      names = "--address",
      paramLabel = "ADDR",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}: every interface; 127.0.0.1 for this"
              + " machine only).")
  String address = "0.0.0.0";

  @Option(names = "--insecure", description = "Serve plain HTTP instead of HTTPS (local use).")
  boolean insecure;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Where repository clones and caches live (default: ${DEFAULT-VALUE}).")
  Path dataDirectory = Path.of(System.getProperty("user.home"), ".mooring", "server");

  @Override
  public Integer call() {
    Optional<String> problem = kube.problem();
    if (problem.isPresent()) {
      spec.commandLine().getErr().println("error: " + problem.get());
      return ExitCodes.USAGE;
    }
    if (port < 0 || port > 65535) {
      spec.commandLine().getErr().println("error: --port " + port + ": not between 0 and 65535");
      return ExitCodes.USAGE;
    }
    ListenAddress listen;
    try {
      listen = ListenAddress.parse(address, port);
    } catch (IllegalArgumentException e) {
      spec.commandLine()
          .getErr()
          .println("error: " + e.getMessage().replaceFirst("^address ", "--address "));
      return ExitCodes.USAGE;
    }
    ServerConfig config =
        new ServerConfig(
            kube.kubeconfig(),
            kube.namespace(),
            listen,
            insecure
                ? Transport.plain()
                : Transport.selfSigned(certificateNames(listen), Clock.systemUTC()),
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
                + kube.namespace()
                + " of "
                + kube.describeCluster()
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

  /** localhost and 127.0.0.1, and the address listened on when it is a particular one. */
  private static List<String> certificateNames(ListenAddress listen) {
    List<String> names = new ArrayList<>(List.of("localhost", "127.0.0.1"));
    listen
        .host()
        .map(InetAddress::getHostAddress)
        .filter(host -> !names.contains(host))
        .ifPresent(names::add);
    return names;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook runs anyway
    }
  }
}
