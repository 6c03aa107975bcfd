package io.mooring.kube.apply;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.kube.error.KubeException;

/**
 * Writes to one cluster: apply, delete, create namespace. Every failure is a classified {@link
 * KubeException}.
 */
public interface ResourceOperations {

  /** Applies {@code desired} (a complete manifest with apiVersion, kind and metadata.name). */
  ApplyResult apply(ObjectNode desired, ApplyOptions options);

  /** Deletes the object at {@code key} with the given propagation. */
  DeleteOutcome delete(ResourceKey key, DeletePropagation propagation);

  /**
   * Creates namespace {@code name} when it is missing, and applies the managed labels and
   * annotations (to an existing namespace too).
   */
  ApplyResult ensureNamespace(String name, NamespaceMetadata metadata, ApplyOptions options);
}
