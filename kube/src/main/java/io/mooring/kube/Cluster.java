package io.mooring.kube;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.VersionInfo;
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
  private final String serverVersion;

  private Cluster(
      ClusterTarget target,
      ApiResourceCatalog catalog,
      ClusterCache cache,
      ResourceOperations operations,
      String serverVersion) {
    this.target = target;
    this.catalog = catalog;
    this.cache = cache;
    this.operations = operations;
    this.serverVersion = serverVersion;
  }

  /**
   * Discovers the cluster, reads its version and starts its cache (without waiting for the initial
   * lists).
   */
  public static Cluster open(ClusterTarget target, KubernetesClient client, CacheOptions options) {
    ApiResourceCatalog catalog = ApiResourceCatalog.of(new ApiDiscovery(client));
    ClusterCache cache = ClusterCache.start(client, catalog, options);
    return new Cluster(
        target,
        catalog,
        cache,
        new Fabric8ResourceOperations(client, catalog),
        serverVersion(client));
  }

  /** The cluster's Kubernetes version ({@code v1.32.0}), or empty when it would not say. */
  private static String serverVersion(KubernetesClient client) {
    try {
      VersionInfo version = client.getKubernetesVersion();
      return version == null || version.getGitVersion() == null ? "" : version.getGitVersion();
    } catch (RuntimeException e) {
      return "";
    }
  }

  /** The Kubernetes version the cluster reported when it was opened; empty if it did not. */
  public String serverVersion() {
    return serverVersion;
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
