package io.mooring.controller.adapters;

import io.mooring.controller.ports.LiveState.ClusterUnavailable;
import io.mooring.controller.ports.LiveTree;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.kube.Cluster;
import io.mooring.kube.Clusters;
import io.mooring.kube.cache.CachedResource;
import io.mooring.kube.cache.ClusterCache;
import io.mooring.kube.cache.ResourceNode;
import io.mooring.model.Application;
import java.util.ArrayList;
import java.util.List;

/**
 * An Application's resource tree from its destination cluster's cache. Never waits for a cache that
 * is still listing: it says so instead, and the caller answers "try again".
 */
public final class KubeLiveTree implements LiveTree {
  private final Clusters clusters;

  public KubeLiveTree(Clusters clusters) {
    this.clusters = clusters;
  }

  @Override
  public List<LiveNode> tree(Application app) throws ClusterUnavailable {
    ClusterCache cache = cache(app);
    List<LiveNode> nodes = new ArrayList<>();
    for (ResourceNode node : cache.tree(app.metadata.name)) {
      List<ParentRef> parents = new ArrayList<>();
      for (ResourceKey parent : node.parents()) {
        parents.add(new ParentRef(parent, cache.get(parent).map(CachedResource::uid).orElse("")));
      }
      nodes.add(new LiveNode(node.resource().key(), node.resource().object(), parents));
    }
    return nodes;
  }

  private ClusterCache cache(Application app) throws ClusterUnavailable {
    String server =
        app.spec == null || app.spec.destination == null ? null : app.spec.destination.server;
    String name =
        app.spec == null || app.spec.destination == null ? null : app.spec.destination.name;
    Cluster cluster;
    try {
      cluster = clusters.forDestination(server, name);
    } catch (RuntimeException e) {
      throw new ClusterUnavailable(e.getMessage(), e);
    }
    if (!cluster.cache().isSynced()) {
      throw new ClusterUnavailable(
          "the cache of cluster "
              + (server != null ? server : name)
              + " is not synced yet (still listing its resources)",
          null);
    }
    return cluster.cache();
  }
}
