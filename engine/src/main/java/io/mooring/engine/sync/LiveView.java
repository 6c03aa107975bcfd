package io.mooring.engine.sync;

import io.mooring.engine.resource.ResourceKey;
import java.util.Map;
import java.util.Optional;

/**
 * The current cluster as the stepper needs it: whether an object exists, its health, whether it is
 * being deleted. The controller answers from its cluster cache and health assessment.
 */
@FunctionalInterface
public interface LiveView {

  /** The live object with {@code key}, or empty when it does not exist. */
  Optional<LiveResource> find(ResourceKey key);

  /** A view of a fixed map. */
  static LiveView of(Map<ResourceKey, LiveResource> resources) {
    Map<ResourceKey, LiveResource> copy = Map.copyOf(resources);
    return key -> Optional.ofNullable(copy.get(key));
  }
}
