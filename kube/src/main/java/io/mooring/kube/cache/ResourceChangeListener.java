package io.mooring.kube.cache;

import io.mooring.engine.resource.ResourceKey;
import java.util.Set;

/**
 * Told when a live object that belongs to one or more applications (directly, or through its
 * owners, like a Pod of a managed Deployment) is added, changed or deleted. Called on an informer
 * thread: return quickly (enqueue the app, do not reconcile here).
 */
@FunctionalInterface
public interface ResourceChangeListener {
  void resourceChanged(ResourceKey key, Set<String> apps);
}
