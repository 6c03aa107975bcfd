package io.mooring.controller.ports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.GroupKind;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.model.Application;
import java.util.Map;

/** The live objects of a destination cluster, as its cache holds them (no API calls). */
public interface LiveState {
  /**
   * The live objects tracked to {@code app} in its destination cluster.
   *
   * @throws ClusterUnavailable when the destination is unknown or its cache is not ready
   */
  Map<ResourceKey, ObjectNode> managedResources(Application app) throws ClusterUnavailable;

  /**
   * Whether objects of {@code groupKind} are namespaced in {@code app}'s destination cluster (true
   * for kinds the cluster does not know yet, such as a CRD's kind before the CRD is applied).
   */
  boolean isNamespaced(Application app, GroupKind groupKind);

  /**
   * {@code desired} marked as belonging to {@code app} the way this cache tracks resources (the
   * app.kubernetes.io/instance label, the tracking-id annotation, or both); a copy, never the
   * input.
   */
  ObjectNode tracked(Application app, ObjectNode desired);

  /** The destination cluster cannot be read; the message says which and why. */
  final class ClusterUnavailable extends Exception {
    private static final long serialVersionUID = 1L;

    public ClusterUnavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
