package io.mooring.cli;

import io.mooring.controller.runtime.ControllerSettings;
import io.mooring.controller.wiring.ControllerConfig;
import io.mooring.controller.wiring.ControllerWiring;
import io.mooring.controller.wiring.RunningController;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
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

  @Override
  public Integer call() throws Exception {
    if (kubeconfig != null && !Files.isReadable(kubeconfig)) {
      spec.commandLine()
          .getErr()
          .println("error: --kubeconfig " + kubeconfig + ": no such file or not readable");
      return ExitCodes.USAGE;
    }
    ControllerConfig config =
        ControllerConfig.defaults(Optional.ofNullable(kubeconfig), dataDirectory)
            .withNamespace(namespace)
            .withSettings(
                new ControllerSettings(
                    statusProcessors,
                    operationProcessors,
                    Duration.ofSeconds(resyncSeconds),
                    Duration.ofSeconds(jitterSeconds)));
    CountDownLatch stopped = new CountDownLatch(1);
    RunningController controller = ControllerWiring.start(config);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  controller.close();
                  stopped.countDown();
                },
                "mooring-shutdown"));
    spec.commandLine()
        .getErr()
        .println(
            "mooring controller: watching Applications in namespace "
                + namespace
                + " of "
                + (kubeconfig == null ? "the in-cluster API" : kubeconfig)
                + " (Ctrl-C stops)");
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      controller.close();
    }
    return ExitCodes.OK;
  }
}
