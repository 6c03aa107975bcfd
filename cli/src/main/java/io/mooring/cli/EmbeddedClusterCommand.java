package io.mooring.cli;

import io.mooring.sandbox.EmbeddedCluster;
import io.mooring.sandbox.EmbeddedClusterOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mooring admin embedded-cluster}: runs the sandbox Kubernetes API on loopback until
 * interrupted, and writes a kubeconfig for it. A sandbox for trying things out, never a production
 * cluster.
 */
@Command(
    name = "embedded-cluster",
    mixinStandardHelpOptions = true,
    description = {
      "Runs an in-process Kubernetes API (a SANDBOX: no auth, no validation, simulated pods) on",
      "127.0.0.1 until interrupted (Ctrl-C), and writes a kubeconfig for kubectl and Mooring."
    })
public final class EmbeddedClusterCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "P",
      description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free port).",
      defaultValue = "6443")
  int port;

  @Option(
      names = "--kubeconfig",
      paramLabel = "FILE",
      description = "Where to write the kubeconfig (default: ${DEFAULT-VALUE}).",
      defaultValue = "mooring-sandbox.kubeconfig")
  Path kubeconfig;

  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicBoolean closed = new AtomicBoolean();

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    EmbeddedCluster cluster =
        EmbeddedCluster.start(EmbeddedClusterOptions.defaults().withPort(port));
    Thread shutdown = new Thread(() -> stop(cluster), "embedded-cluster-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);
    try {
      cluster.writeKubeconfig(kubeconfig);
      out.printf(
          "Embedded cluster (a sandbox, not a production cluster) listening on %s%n",
          cluster.url());
      out.printf("Kubeconfig written to %s%n", kubeconfig.toAbsolutePath());
      out.printf("  export KUBECONFIG=%s%n", kubeconfig.toAbsolutePath());
      out.println("  kubectl get nodes");
      out.println("Press Ctrl-C to stop.");
      out.flush();
      stopped.await();
      return ExitCodes.OK;
    } finally {
      stop(cluster);
      try {
        Runtime.getRuntime().removeShutdownHook(shutdown);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is already exiting through the hook
      }
    }
  }

  private void stop(EmbeddedCluster cluster) {
    stopped.countDown();
    if (closed.compareAndSet(false, true)) {
      cluster.close();
    }
  }

  /** Stops a running command, as Ctrl-C would (for tests and embedding). */
  void requestStop() {
    stopped.countDown();
  }
}
