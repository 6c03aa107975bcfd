package io.mooring.kube;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.kube.apply.Fabric8ResourceOperations;
import io.mooring.kube.apply.ResourceOperations;
import io.mooring.kube.cache.CacheOptions;
import io.mooring.kube.cache.ClusterCache;
import io.mooring.kube.cluster.ClusterTarget;
import io.mooring.kube.discovery.ApiDiscovery;
import io.mooring.kube.discovery.ApiResourceCatalog;

/**
 * Everything Mooring does with one destination cluster: its discovered types, its live-state cache
 * and the operations that write to it.
 */
public final class Cluster implements AutoCloseable {
  private final ClusterTarget target;
  private final ApiResourceCatalog catalog;
  private final ClusterCache cache;
  private final ResourceOperations operations;

  private Cluster(
      ClusterTarget target,
      ApiResourceCatalog catalog,
      ClusterCache cache,
      ResourceOperations operations) {
    this.target = target;
    this.catalog = catalog;
    this.cache = cache;
    this.operations = operations;
  }

  /** Discovers the cluster and starts its cache (without waiting for the initial lists). */
  public static Cluster open(ClusterTarget target, KubernetesClient client, CacheOptions options) {
    ApiResourceCatalog catalog = ApiResourceCatalog.of(new ApiDiscovery(client));
    ClusterCache cache = ClusterCache.start(client, catalog, options);
    return new Cluster(target, catalog, cache, new Fabric8ResourceOperations(client, catalog));
  }

  public ClusterTarget target() {
    return target;
  }

  public ApiResourceCatalog catalog() {
    return catalog;
  }

  public ClusterCache cache() {
    return cache;
  }

  public ResourceOperations operations() {
    return operations;
  }

  @Override
  public void close() {
    cache.close();
  }
}
