package io.mooring.cli;

import io.mooring.controller.metrics.MetricsEndpoint;
import io.mooring.controller.runtime.ControllerSettings;
import io.mooring.controller.wiring.ControllerConfig;
import io.mooring.controller.wiring.ControllerWiring;
import io.mooring.controller.wiring.RunningController;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mooring controller}: runs the Application controller against a cluster until stopped. */
@Command(
    name = "controller",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the Application controller (with manifest rendering in process) against a cluster:"
          + " it watches Application and AppProject resources in the control namespace, keeps"
          + " their status compared with Git, and syncs when asked or when automated.",
      "Uses the current context of --kubeconfig, or in-cluster configuration without it."
          + " Stops cleanly on Ctrl-C."
    })
public final class ControllerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin KubeOptions kube;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Where repository clones and caches live (default: ${DEFAULT-VALUE}).")
  Path dataDirectory = Path.of(System.getProperty("user.home"), ".mooring", "controller");

  @Option(
      names = "--status-processors",
      paramLabel = "N",
      description = "Comparisons run at once (default: ${DEFAULT-VALUE}).")
  int statusProcessors = 20;

  @Option(
      names = "--operation-processors",
      paramLabel = "N",
      description = "Syncs run at once (default: ${DEFAULT-VALUE}).")
  int operationProcessors = 10;

  @Option(
      names = "--app-resync",
      paramLabel = "SECONDS",
      description = "Periodic refresh of every Application (default: ${DEFAULT-VALUE}).")
  long resyncSeconds = 120;

  @Option(
      names = "--app-resync-jitter",
      paramLabel = "SECONDS",
      description = "Random extra delay added to each refresh (default: ${DEFAULT-VALUE}).")
  long jitterSeconds = 60;

  @Option(
      names = "--metrics-port",
      paramLabel = "PORT",
      description =
          "Serves Prometheus metrics at /metrics on this port, as Argo CD's controller does"
              + " (default: ${DEFAULT-VALUE}; 0 turns it off).")
  int metricsPort = 8082;

  @Override
  public Integer call() throws Exception {
    Optional<String> problem = kube.problem();
    if (problem.isPresent()) {
      spec.commandLine().getErr().println("error: " + problem.get());
      return ExitCodes.USAGE;
    }
    if (metricsPort < 0 || metricsPort > 65535) {
      spec.commandLine()
          .getErr()
          .println("error: --metrics-port must be a port number (0 turns metrics off)");
      return ExitCodes.USAGE;
    }
    ControllerConfig config =
        ControllerConfig.defaults(kube.kubeconfig(), dataDirectory)
            .withNamespace(kube.namespace())
            .withSettings(
                new ControllerSettings(
                    statusProcessors,
                    operationProcessors,
                    Duration.ofSeconds(resyncSeconds),
                    Duration.ofSeconds(jitterSeconds)));
    Optional<MetricsEndpoint> endpoint = Optional.empty();
    if (metricsPort != 0) {
      PrometheusRegistry registry = new PrometheusRegistry();
      try {
        endpoint = Optional.of(MetricsEndpoint.start(registry, metricsPort));
      } catch (UncheckedIOException e) {
        spec.commandLine().getErr().println("error: --metrics-port: " + e.getMessage());
        return ExitCodes.FAILURE;
      }
      config = config.withMetrics(registry);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    RunningController controller;
    try {
      controller = ControllerWiring.start(config);
    } catch (RuntimeException e) {
      endpoint.ifPresent(MetricsEndpoint::close);
      throw e;
    }
    Optional<MetricsEndpoint> metrics = endpoint;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  controller.close();
                  metrics.ifPresent(MetricsEndpoint::close);
                  stopped.countDown();
                },
                "mooring-shutdown"));
    spec.commandLine()
        .getErr()
        .println(
            "mooring controller: watching Applications in namespace "
                + kube.namespace()
                + " of "
                + kube.describeCluster()
                + metrics.map(m -> ", metrics on port " + m.port() + " at /metrics").orElse("")
                + " (Ctrl-C stops)");
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      controller.close();
      metrics.ifPresent(MetricsEndpoint::close);
    }
    return ExitCodes.OK;
  }
}
