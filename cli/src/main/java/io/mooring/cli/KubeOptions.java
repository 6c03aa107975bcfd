package io.mooring.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Options shared by the commands that talk to the control cluster directly ({@code controller},
 * {@code server}, {@code admin initial-password}): which kubeconfig, and the control namespace.
 */
public final class KubeOptions {
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

  /** The kubeconfig given, or empty for in-cluster configuration. */
  public Optional<Path> kubeconfig() {
    return Optional.ofNullable(kubeconfig);
  }

  public String namespace() {
    return namespace;
  }

  /** What the commands print as the cluster they use: the kubeconfig, or the in-cluster API. */
  public String describeCluster() {
    return kubeconfig == null ? "the in-cluster API" : kubeconfig.toString();
  }

  /** A one-line usage error when the kubeconfig given cannot be read; empty when all is well. */
  public Optional<String> problem() {
    if (kubeconfig != null && !Files.isReadable(kubeconfig)) {
      return Optional.of("--kubeconfig " + kubeconfig + ": no such file or not readable");
    }
    return Optional.empty();
  }
}
