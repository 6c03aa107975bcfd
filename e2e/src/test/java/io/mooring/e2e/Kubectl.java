package io.mooring.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code kubectl --kubeconfig} on the demo's embedded cluster. */
final class Kubectl {
  private final Path kubeconfig;

  Kubectl(Path kubeconfig) {
    this.kubeconfig = kubeconfig;
  }

  /** Runs {@code kubectl ARGS}. */
  ProcessRun run(String... args) {
    List<String> command =
        new ArrayList<>(List.of("kubectl", "--kubeconfig", kubeconfig.toString()));
    command.addAll(List.of(args));
    return ProcessRun.of(command, kubeconfig.getParent(), Map.of());
  }

  /** {@code .spec.replicas} of a Deployment, or -1 when it does not exist. */
  int replicas(String namespace, String deployment) {
    ProcessRun run =
        run("get", "deployment", deployment, "-n", namespace, "-o", "jsonpath={.spec.replicas}");
    return run.exitCode() == 0 ? Integer.parseInt(run.out().strip()) : -1;
  }

  /** Whether {@code kind/name} exists in {@code namespace}. */
  boolean exists(String namespace, String kind, String name) {
    ProcessRun run = run("get", kind, name, "-n", namespace, "-o", "name");
    if (run.exitCode() != 0 && !run.err().contains("NotFound")) {
      throw new AssertionError(run.describe());
    }
    return run.exitCode() == 0;
  }
}
