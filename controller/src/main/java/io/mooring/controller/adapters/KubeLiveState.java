package io.mooring.controller.adapters;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.controller.ports.LiveState;
import io.mooring.engine.resource.GroupKind;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.kube.Cluster;
import io.mooring.kube.Clusters;
import io.mooring.kube.cache.CachedResource;
import io.mooring.kube.cache.ClusterCache;
import io.mooring.kube.cache.ResourceTracking;
import io.mooring.kube.cluster.ClusterTarget;
import io.mooring.kube.discovery.ApiResourceType;
import io.mooring.model.Application;
import io.mooring.model.ApplicationDestination;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Live state from the destination cluster's cache (no API calls once the cache is synced). */
public final class KubeLiveState implements LiveState {
  private static final Duration FIRST_SYNC = Duration.ofSeconds(60);
  private final Clusters clusters;
  private final ResourceTracking tracking;

  public KubeLiveState(Clusters clusters, ResourceTracking tracking) {
    this.clusters = clusters;
    this.tracking = tracking;
  }

  @Override
  public Map<ResourceKey, ObjectNode> managedResources(Application app) throws ClusterUnavailable {
    Map<ResourceKey, ObjectNode> live = new LinkedHashMap<>();
    for (CachedResource resource : syncedCache(app).managedResources(app.metadata.name)) {
      live.put(resource.key(), resource.object().deepCopy());
    }
    return live;
  }

  @Override
  public Optional<LiveObject> find(Application app, ResourceKey key) throws ClusterUnavailable {
    return syncedCache(app).get(key).map(resource -> liveObject(resource, true));
  }

  @Override
  public List<LiveObject> inNamespace(Application app, String namespace) throws ClusterUnavailable {
    List<LiveObject> objects = new ArrayList<>();
    for (CachedResource resource : syncedCache(app).inNamespace(namespace)) {
      objects.add(liveObject(resource, false));
    }
    return objects;
  }

  @Override
  public ApplicationDestination resolvedDestination(Application app) {
    ApplicationDestination spec = app.spec.destination;
    try {
      ClusterTarget target = clusters.resolve(spec.server, spec.name);
      ApplicationDestination resolved = new ApplicationDestination();
      resolved.server =
          spec.server != null && !spec.server.isBlank() ? spec.server : target.server();
      resolved.name = spec.name != null && !spec.name.isBlank() ? spec.name : target.name();
      resolved.namespace = spec.namespace;
      return resolved;
    } catch (RuntimeException e) {
      return spec;
    }
  }

  private ClusterCache syncedCache(Application app) throws ClusterUnavailable {
    Cluster cluster = cluster(app);
    if (!cluster.cache().isSynced() && !cluster.cache().awaitSynced(FIRST_SYNC)) {
      throw new ClusterUnavailable(
          "the cache of cluster "
              + describe(app)
              + " is not synced yet (still listing its resources)",
          null);
    }
    return cluster.cache();
  }

  private static LiveObject liveObject(CachedResource resource, boolean copy) {
    return new LiveObject(
        resource.key(),
        resource.uid(),
        resource.ownerUids(),
        resource.app(),
        copy ? resource.object().deepCopy() : resource.object());
  }

  @Override
  public boolean isNamespaced(Application app, GroupKind groupKind) {
    try {
      Optional<ApiResourceType> type = cluster(app).catalog().find(groupKind);
      return type.map(ApiResourceType::namespaced).orElse(true);
    } catch (ClusterUnavailable e) {
      return true;
    }
  }

  @Override
  public ObjectNode tracked(Application app, ObjectNode desired) {
    return tracking.stamp(desired, app.metadata.name);
  }

  /** The cluster an Application deploys to. */
  Cluster cluster(Application app) throws ClusterUnavailable {
    try {
      return clusters.forDestination(app.spec.destination.server, app.spec.destination.name);
    } catch (RuntimeException e) {
      throw new ClusterUnavailable(e.getMessage(), e);
    }
  }

  private static String describe(Application app) {
    return app.spec.destination.server != null
        ? app.spec.destination.server
        : app.spec.destination.name;
  }
}
