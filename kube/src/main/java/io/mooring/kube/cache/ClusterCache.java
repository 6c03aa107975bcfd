package io.mooring.kube.cache;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.engine.resource.GroupKind;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.kube.discovery.ApiResourceCatalog;
import io.mooring.kube.discovery.ApiResourceType;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live state of one cluster, kept current by informers on every discovered, non-excluded type.
 * Reads ({@link #get}, {@link #managedResources}, {@link #inNamespace}, {@link #children}, {@link
 * #tree}) are served from memory and make no API calls. Types that appear later (a CRD created by a
 * sync) are watched when their CRD shows up, or on {@link #ensureWatched}.
 */
public final class ClusterCache implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterCache.class);
  private static final GroupKind CRD =
      new GroupKind("apiextensions.k8s.io", "CustomResourceDefinition");

  private final KubernetesClient client;
  private final ApiResourceCatalog catalog;
  private final CacheOptions options;
  private final ResourceIndex index = new ResourceIndex();
  private final Map<GroupKind, TypeWatch> watches = new ConcurrentHashMap<>();
  private final List<ResourceChangeListener> listeners = new CopyOnWriteArrayList<>();
  private final ExecutorService crdFollower;
  private final Map<GroupKind, LongAdder> events = new ConcurrentHashMap<>();
  private final Instant listedAt = Instant.now();

  private ClusterCache(KubernetesClient client, ApiResourceCatalog catalog, CacheOptions options) {
    this.client = client;
    this.catalog = catalog;
    this.options = options;
    this.crdFollower =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "cluster-cache-crds " + options.clusterServer());
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Starts watching every watchable, non-excluded type of the cluster; returns at once (see {@link
   * #awaitSynced}).
   */
  public static ClusterCache start(
      KubernetesClient client, ApiResourceCatalog catalog, CacheOptions options) {
    ClusterCache cache = new ClusterCache(client, catalog, options);
    for (ApiResourceType type : catalog.all()) {
      cache.watch(type);
    }
    return cache;
  }

  /** Adds a listener told about changes to objects that belong to applications. */
  public void addListener(ResourceChangeListener listener) {
    listeners.add(listener);
  }

  /** The live object at {@code key}, if the cache holds it. */
  public Optional<CachedResource> get(ResourceKey key) {
    return index.get(key);
  }

  /** The live objects tracked to application {@code app}. */
  public List<CachedResource> managedResources(String app) {
    return index.managedBy(app);
  }

  /** The live objects in {@code namespace}, tracked or not (owned ones too). */
  public List<CachedResource> inNamespace(String namespace) {
    return index.inNamespace(namespace);
  }

  /** The live objects owned (by owner reference) by the object at {@code key}. */
  public List<CachedResource> children(ResourceKey key) {
    return index.children(key);
  }

  /** The application's objects and everything they own, transitively, with parent links. */
  public List<ResourceNode> tree(String app) {
    return index.tree(app);
  }

  /** The applications an object belongs to, directly or through its owners. */
  public Set<String> appsOf(CachedResource resource) {
    return index.appsOf(resource);
  }

  /** How many objects the cache holds. */
  public int size() {
    return index.size();
  }

  /** What the cache holds and has seen, from memory (no API calls). */
  public CacheFigures figures() {
    Map<GroupKind, Long> counted = new HashMap<>();
    events.forEach((groupKind, count) -> counted.put(groupKind, count.sum()));
    return new CacheFigures(index.size(), watches.size(), isSynced(), listedAt, counted);
  }

  /** The types being watched. */
  public Set<GroupKind> watchedTypes() {
    return Set.copyOf(watches.keySet());
  }

  /** True when every informer has delivered its initial list (failed ones are being dropped). */
  public boolean isSynced() {
    return watches.values().stream().allMatch(watch -> watch.hasSynced() || watch.hasFailed());
  }

  /**
   * Waits until every informer has delivered its initial list to the cache; false on timeout. A
   * type whose list fails (forbidden to Mooring's credentials, gone) is dropped from the watched
   * types with a warning rather than holding the cluster back; {@link #ensureWatched} retries it.
   */
  public boolean awaitSynced(Duration timeout) {
    CompletableFuture<?>[] started =
        watches.values().stream()
            .map(watch -> watch.started().exceptionally(failure -> null))
            .toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.allOf(started).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return isSynced();
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Makes sure {@code groupKind} is watched, re-discovering the cluster if the type is new. False
   * when the cluster does not serve it or it is excluded.
   */
  public boolean ensureWatched(GroupKind groupKind) {
    if (watches.containsKey(groupKind)) {
      return true;
    }
    Optional<ApiResourceType> type = catalog.find(groupKind);
    return type.isPresent() && watch(type.get());
  }

  private boolean watch(ApiResourceType type) {
    if (!type.isWatchable()
        || options.exclusions().excludes(type.group(), type.kind(), options.clusterServer())) {
      return false;
    }
    watches.computeIfAbsent(type.groupKind(), gk -> startWatch(type));
    return true;
  }

  private TypeWatch startWatch(ApiResourceType type) {
    TypeWatch watch = TypeWatch.start(client, type, new Sink());
    watch
        .started()
        .whenComplete(
            (ok, failure) -> {
              if (failure != null) {
                LOG.warn(
                    "Cluster {}: not watching {}: listing it failed: {}",
                    options.clusterServer(),
                    type.groupKind(),
                    failure.getMessage());
                watches.remove(type.groupKind(), watch);
                watch.close();
              }
            });
    return watch;
  }

  private void followCrd(ObjectNode crd) {
    String group = crd.path("spec").path("group").asText("");
    String kind = crd.path("spec").path("names").path("kind").asText("");
    GroupKind groupKind = new GroupKind(group, kind);
    if (kind.isEmpty() || watches.containsKey(groupKind)) {
      return;
    }
    crdFollower.execute(
        () -> {
          try {
            catalog.refresh();
            if (ensureWatched(groupKind)) {
              LOG.info("Cluster {}: now watching {}", options.clusterServer(), groupKind);
            }
          } catch (RuntimeException e) {
            LOG.warn(
                "Cluster {}: could not watch new type {}: {}",
                options.clusterServer(),
                groupKind,
                e.getMessage());
          }
        });
  }

  private void notifyListeners(ResourceKey key, Set<String> apps) {
    if (apps.isEmpty()) {
      return;
    }
    Set<String> affected = Set.copyOf(apps);
    for (ResourceChangeListener listener : listeners) {
      try {
        listener.resourceChanged(key, affected);
      } catch (RuntimeException e) {
        LOG.warn("A resource change listener failed on {}: {}", key, e.toString());
      }
    }
  }

  private void countEvent(GroupKind groupKind) {
    events.computeIfAbsent(groupKind, gk -> new LongAdder()).increment();
  }

  @Override
  public void close() {
    crdFollower.shutdownNow();
    watches.values().forEach(TypeWatch::close);
    watches.clear();
  }

  private final class Sink implements TypeWatch.Sink {
    @Override
    public void upsert(ObjectNode object) {
      CachedResource resource = CachedResource.of(object, options.tracking());
      countEvent(resource.key().groupKind());
      notifyListeners(resource.key(), index.put(resource));
      if (resource.key().groupKind().equals(CRD)) {
        followCrd(object);
      }
    }

    @Override
    public void delete(ResourceKey key) {
      countEvent(key.groupKind());
      notifyListeners(key, index.remove(key));
    }
  }
}
