package io.mooring.kube.cluster;

import io.fabric8.kubernetes.client.Config;

/**
 * A cluster Mooring can deploy to: its name, server URL, client configuration (credentials
 * included, so never printed) and a revision that changes when its registration changes.
 */
public record ClusterTarget(String name, String server, Config config, String revision) {

  /** The cluster Mooring runs in (or the kubeconfig's cluster standing in for it). */
  public boolean isLocal() {
    return ClusterRegistry.IN_CLUSTER_SERVER.equals(server);
  }

  /** Name and server only: the configuration holds credentials. */
  @Override
  public String toString() {
    return "cluster '" + name + "' (" + server + ")";
  }
}
