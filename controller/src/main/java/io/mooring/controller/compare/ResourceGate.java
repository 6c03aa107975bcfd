package io.mooring.controller.compare;

import io.mooring.engine.resource.ResourceKey;
import java.util.Optional;

/** Whether a resource may be part of an Application: its project's verdict, as a function. */
@FunctionalInterface
public interface ResourceGate {
  /** Lets every resource through. */
  ResourceGate PERMIT_ALL = (key, namespaced) -> Optional.empty();

  /**
   * Why the resource at {@code key} is not permitted; empty when it is.
   *
   * @param namespaced whether its kind is namespaced in the destination cluster
   */
  Optional<String> denial(ResourceKey key, boolean namespaced);
}
