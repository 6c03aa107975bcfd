package io.mooring.kube;

import io.mooring.engine.resource.ResourceKey;
import io.mooring.kube.cache.CacheOptions;
import io.mooring.kube.cache.ResourceChangeListener;
import io.mooring.kube.cache.ResourceTracking;
import io.mooring.kube.cluster.ClusterConnections;
import io.mooring.kube.cluster.ClusterRegistry;
import io.mooring.kube.cluster.ClusterTarget;
import io.mooring.kube.cluster.UnknownClusterException;
import io.mooring.kube.discovery.ResourceExclusions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The entry point the controller uses: resolves an Application destination to a {@link Cluster},
 * opening one cache per cluster on first use and re-opening it when the cluster's registration
 * changes. Every cache reports changes to the same listener, with the cluster they came from.
 */
public final class Clusters implements AutoCloseable {
  private final ClusterRegistry registry;
  private final ClusterConnections connections;
  private final ResourceTracking tracking;
  private final ResourceExclusions exclusions;
  private final BiConsumer<ClusterTarget, ResourceChangeEvent> listener;
  private final Map<String, Cluster> open = new ConcurrentHashMap<>();

  /** A change seen by a cluster cache: the object's key and the applications it belongs to. */
  public record ResourceChangeEvent(ResourceKey key, Set<String> apps) {}

  public Clusters(
      ClusterRegistry registry,
      ClusterConnections connections,
      ResourceTracking tracking,
      ResourceExclusions exclusions,
      BiConsumer<ClusterTarget, ResourceChangeEvent> listener) {
    this.registry = registry;
    this.connections = connections;
    this.tracking = tracking;
    this.exclusions = exclusions;
    this.listener = listener;
  }

  /**
   * The cluster of a destination ({@code server} or {@code name}).
   *
   * @throws UnknownClusterException when no registered cluster matches
   */
  public Cluster forDestination(String server, String name) {
    ClusterTarget target = registry.resolve(server, name);
    return open.compute(
        target.server(),
        (s, existing) -> {
          if (existing != null && existing.target().revision().equals(target.revision())) {
            return existing;
          }
          if (existing != null) {
            existing.close();
          }
          return openCluster(target);
        });
  }

  /**
   * The registered cluster a destination ({@code server} or {@code name}) names, without opening
   * it.
   *
   * @throws UnknownClusterException when no registered cluster matches
   */
  public ClusterTarget resolve(String server, String name) {
    return registry.resolve(server, name);
  }

  /** The clusters whose caches are open now (for metrics). */
  public List<Cluster> opened() {
    return List.copyOf(open.values());
  }

  private Cluster openCluster(ClusterTarget target) {
    CacheOptions options = new CacheOptions(tracking, exclusions, target.server());
    Cluster cluster = Cluster.open(target, connections.client(target), options);
    ResourceChangeListener forward =
        (key, apps) -> listener.accept(target, new ResourceChangeEvent(key, apps));
    cluster.cache().addListener(forward);
    return cluster;
  }

  @Override
  public void close() {
    open.values().forEach(Cluster::close);
    open.clear();
    connections.close();
    registry.close();
  }
}
