package io.mooring.kube.cache;

import io.mooring.engine.resource.ResourceKey;
import java.util.List;

/**
 * One node of an application's resource tree: a live object and the keys of its owners that are in
 * the tree (empty for the objects the application manages directly).
 */
public record ResourceNode(CachedResource resource, List<ResourceKey> parents) {
  public ResourceNode {
    parents = List.copyOf(parents);
  }
}
