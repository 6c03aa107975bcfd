package io.mooring.kube.cluster;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The client configuration of the cluster Mooring runs in: a kubeconfig's current context when one
 * is given ({@code --kubeconfig}), else the in-cluster service account (or the usual
 * KUBECONFIG/~/.kube/config fallbacks fabric8 applies).
 */
public final class LocalClusterConfig {
  private LocalClusterConfig() {}

  /** The configuration from {@code kubeconfig}'s current context. */
  public static Config fromKubeconfig(Path kubeconfig) {
    return fromKubeconfig(kubeconfig, null);
  }

  /**
   * The configuration from context {@code context} of {@code kubeconfig} (its current context when
   * null); an exec or auth-provider plugin the context's user names is run by the client.
   */
  public static Config fromKubeconfig(Path kubeconfig, String context) {
    if (!Files.isRegularFile(kubeconfig)) {
      throw new IllegalArgumentException(
          "kubeconfig " + kubeconfig + " does not exist or is not a file");
    }
    try {
      return Config.fromKubeconfig(context, kubeconfig.toFile());
    } catch (KubernetesClientException e) {
      String which = context == null ? "" : ", context " + context + ",";
      throw new IllegalArgumentException(
          "kubeconfig " + kubeconfig + which + " cannot be used: " + e.getMessage(), e);
    }
  }

  /** The in-cluster configuration (service account token and CA), or fabric8's fallbacks. */
  public static Config inCluster() {
    return Config.autoConfigure(null);
  }
}
