package io.mooring.kube.cache;

import io.mooring.engine.resource.ResourceKey;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cache's in-memory indexes: objects by key and uid, tracked objects by application, objects by
 * namespace, children by owner uid. Safe for concurrent use; changes are serialized, reads never
 * block on them for long. No I/O.
 */
final class ResourceIndex {
  private static final int MAX_OWNER_DEPTH = 16;

  private final Map<ResourceKey, CachedResource> byKey = new ConcurrentHashMap<>();
  private final Map<String, ResourceKey> keyByUid = new ConcurrentHashMap<>();
  private final Map<String, Set<ResourceKey>> byApp = new ConcurrentHashMap<>();
  private final Map<String, Set<ResourceKey>> byNamespace = new ConcurrentHashMap<>();
  private final Map<String, Set<ResourceKey>> childrenByOwnerUid = new ConcurrentHashMap<>();

  /**
   * Adds or replaces an object; returns the applications affected (before and after). New links are
   * made before stale ones are dropped, so a concurrent reader never sees an unchanged link
   * missing.
   */
  synchronized Set<String> put(CachedResource resource) {
    CachedResource previous = byKey.get(resource.key());
    Set<String> affected = new HashSet<>();
    if (previous != null) {
      affected.addAll(appsOf(previous));
    }
    byKey.put(resource.key(), resource);
    link(resource);
    if (previous != null) {
      unlinkStale(previous, resource);
    }
    affected.addAll(appsOf(resource));
    return affected;
  }

  /** Removes an object; returns the applications it affected. */
  synchronized Set<String> remove(ResourceKey key) {
    CachedResource previous = byKey.remove(key);
    if (previous == null) {
      return Set.of();
    }
    Set<String> affected = appsOf(previous);
    unlink(previous);
    return affected;
  }

  Optional<CachedResource> get(ResourceKey key) {
    return Optional.ofNullable(byKey.get(key));
  }

  int size() {
    return byKey.size();
  }

  /** The objects tracked to {@code app}. */
  List<CachedResource> managedBy(String app) {
    return resolve(byApp.getOrDefault(app, Set.of()));
  }

  /** The objects in {@code namespace} (an object's key, and so its namespace, never changes). */
  List<CachedResource> inNamespace(String namespace) {
    return resolve(byNamespace.getOrDefault(namespace, Set.of()));
  }

  /** The objects whose owner references name the object at {@code key}. */
  List<CachedResource> children(ResourceKey key) {
    CachedResource owner = byKey.get(key);
    if (owner == null || owner.uid().isEmpty()) {
      return List.of();
    }
    return resolve(childrenByOwnerUid.getOrDefault(owner.uid(), Set.of()));
  }

  /** The objects of {@code app} and, transitively, their children (owned but untracked too). */
  List<ResourceNode> tree(String app) {
    Map<ResourceKey, ResourceNode> nodes = new LinkedHashMap<>();
    Deque<CachedResource> pending = new ArrayDeque<>();
    for (CachedResource root : managedBy(app)) {
      nodes.put(root.key(), new ResourceNode(root, List.of()));
      pending.add(root);
    }
    while (!pending.isEmpty()) {
      CachedResource parent = pending.poll();
      for (CachedResource child : children(parent.key())) {
        if (!nodes.containsKey(child.key())) {
          nodes.put(child.key(), new ResourceNode(child, parentsInTree(child, nodes)));
          pending.add(child);
        }
      }
    }
    return List.copyOf(nodes.values());
  }

  private List<ResourceKey> parentsInTree(
      CachedResource child, Map<ResourceKey, ResourceNode> nodes) {
    List<ResourceKey> parents = new ArrayList<>();
    for (String ownerUid : child.ownerUids()) {
      ResourceKey ownerKey = keyByUid.get(ownerUid);
      if (ownerKey != null && nodes.containsKey(ownerKey)) {
        parents.add(ownerKey);
      }
    }
    return parents;
  }

  /** The application of an object: its own tracking, else that of its nearest tracked owners. */
  Set<String> appsOf(CachedResource resource) {
    Set<String> apps = new HashSet<>();
    Set<String> seen = new HashSet<>();
    collectApps(resource, apps, seen, 0);
    return apps;
  }

  private void collectApps(CachedResource resource, Set<String> apps, Set<String> seen, int depth) {
    if (resource.app().isPresent()) {
      apps.add(resource.app().get());
      return;
    }
    if (depth >= MAX_OWNER_DEPTH) {
      return;
    }
    for (String ownerUid : resource.ownerUids()) {
      ResourceKey ownerKey = keyByUid.get(ownerUid);
      CachedResource owner = ownerKey == null ? null : byKey.get(ownerKey);
      if (owner != null && seen.add(ownerUid)) {
        collectApps(owner, apps, seen, depth + 1);
      }
    }
  }

  private void link(CachedResource resource) {
    if (!resource.uid().isEmpty()) {
      keyByUid.put(resource.uid(), resource.key());
    }
    if (!resource.key().namespace().isEmpty()) {
      byNamespace
          .computeIfAbsent(resource.key().namespace(), n -> ConcurrentHashMap.newKeySet())
          .add(resource.key());
    }
    resource
        .app()
        .ifPresent(
            app ->
                byApp.computeIfAbsent(app, a -> ConcurrentHashMap.newKeySet()).add(resource.key()));
    for (String ownerUid : resource.ownerUids()) {
      childrenByOwnerUid
          .computeIfAbsent(ownerUid, u -> ConcurrentHashMap.newKeySet())
          .add(resource.key());
    }
  }

  private void unlinkStale(CachedResource previous, CachedResource current) {
    if (!previous.uid().isEmpty() && !previous.uid().equals(current.uid())) {
      keyByUid.remove(previous.uid(), previous.key());
    }
    if (previous.app().isPresent() && !previous.app().equals(current.app())) {
      removeFrom(byApp, previous.app().get(), previous.key());
    }
    for (String ownerUid : previous.ownerUids()) {
      if (!current.ownerUids().contains(ownerUid)) {
        removeFrom(childrenByOwnerUid, ownerUid, previous.key());
      }
    }
  }

  private void unlink(CachedResource resource) {
    if (!resource.uid().isEmpty()) {
      keyByUid.remove(resource.uid(), resource.key());
    }
    if (!resource.key().namespace().isEmpty()) {
      removeFrom(byNamespace, resource.key().namespace(), resource.key());
    }
    resource.app().ifPresent(app -> removeFrom(byApp, app, resource.key()));
    for (String ownerUid : resource.ownerUids()) {
      removeFrom(childrenByOwnerUid, ownerUid, resource.key());
    }
  }

  private static void removeFrom(
      Map<String, Set<ResourceKey>> index, String bucket, ResourceKey key) {
    index.computeIfPresent(
        bucket,
        (b, keys) -> {
          keys.remove(key);
          return keys.isEmpty() ? null : keys;
        });
  }

  private List<CachedResource> resolve(Set<ResourceKey> keys) {
    List<CachedResource> resources = new ArrayList<>(keys.size());
    for (ResourceKey key : keys) {
      CachedResource resource = byKey.get(key);
      if (resource != null) {
        resources.add(resource);
      }
    }
    return resources;
  }
}
