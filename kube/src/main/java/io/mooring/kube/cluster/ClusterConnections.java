package io.mooring.kube.cluster;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One fabric8 client per cluster, built on first use and rebuilt when the cluster's registration
 * changes. The local cluster uses the client Mooring was started with. Closing closes every client
 * this object built.
 */
public final class ClusterConnections implements AutoCloseable {
  private final KubernetesClient localClient;
  private final Map<String, Connection> byServer = new ConcurrentHashMap<>();

  private record Connection(String revision, KubernetesClient client) {}

  public ClusterConnections(KubernetesClient localClient) {
    this.localClient = localClient;
  }

  /** The client for {@code target}. */
  public KubernetesClient client(ClusterTarget target) {
    if (target.isLocal()) {
      return localClient;
    }
    Connection connection =
        byServer.compute(
            target.server(),
            (server, existing) -> {
              if (existing != null && existing.revision().equals(target.revision())) {
                return existing;
              }
              if (existing != null) {
                existing.client().close();
              }
              return new Connection(
                  target.revision(),
                  new KubernetesClientBuilder().withConfig(target.config()).build());
            });
    return connection.client();
  }

  @Override
  public void close() {
    byServer.values().forEach(c -> c.client().close());
    byServer.clear();
  }
}
