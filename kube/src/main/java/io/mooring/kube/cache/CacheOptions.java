package io.mooring.kube.cache;

import io.mooring.kube.discovery.ResourceExclusions;

/**
 * How a {@link ClusterCache} tracks and what it watches: the tracking method and label, the
 * excluded types, and the cluster's server URL (exclusion rules can name clusters).
 */
public record CacheOptions(
    ResourceTracking tracking, ResourceExclusions exclusions, String clusterServer) {

  public CacheOptions {
    if (tracking == null || exclusions == null || clusterServer == null) {
      throw new IllegalArgumentException("tracking, exclusions and cluster server are required");
    }
  }

  /** Label tracking and Argo CD's default exclusions for the cluster at {@code clusterServer}. */
  public static CacheOptions defaults(String clusterServer) {
    return new CacheOptions(
        ResourceTracking.defaults(), ResourceExclusions.defaults(), clusterServer);
  }

  public CacheOptions withTracking(ResourceTracking newTracking) {
    return new CacheOptions(newTracking, exclusions, clusterServer);
  }

  public CacheOptions withExclusions(ResourceExclusions newExclusions) {
    return new CacheOptions(tracking, newExclusions, clusterServer);
  }
}
