package io.mooring.kube;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.mooring.kube.cluster.LocalClusterConfig;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The connection to the cluster Mooring runs against: the current context of a kubeconfig file when
 * one is given, else the in-cluster service account. Closing it closes the client.
 *
 * @param config the client configuration (for naming the local cluster and opening more clients)
 * @param client a client on that configuration
 */
public record KubeAccess(Config config, KubernetesClient client) implements AutoCloseable {

  /** Connects with {@code kubeconfig}, or in-cluster configuration when it is empty. */
  public static KubeAccess connect(Optional<Path> kubeconfig) {
    Config config =
        kubeconfig.map(LocalClusterConfig::fromKubeconfig).orElseGet(LocalClusterConfig::inCluster);
    return new KubeAccess(config, new KubernetesClientBuilder().withConfig(config).build());
  }

  @Override
  public void close() {
    client.close();
  }
}
