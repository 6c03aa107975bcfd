package io.mooring.controller.ports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.GroupKind;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.model.Application;
import io.mooring.model.ApplicationDestination;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The live objects of a destination cluster, as its cache holds them (no API calls). */
public interface LiveState {
  /**
   * The live objects tracked to {@code app} in its destination cluster.
   *
   * @throws ClusterUnavailable when the destination is unknown or its cache is not ready
   */
  Map<ResourceKey, ObjectNode> managedResources(Application app) throws ClusterUnavailable;

  /**
   * The live object at {@code key} in {@code app}'s destination cluster, whichever application (if
   * any) it is tracked to; the object is a copy.
   *
   * @throws ClusterUnavailable when the destination is unknown or its cache is not ready
   */
  Optional<LiveObject> find(Application app, ResourceKey key) throws ClusterUnavailable;

  /**
   * Every live object in {@code namespace} of {@code app}'s destination cluster, tracked or not,
   * owned ones too. The objects are shared with the cache: read them, never change them.
   *
   * @throws ClusterUnavailable when the destination is unknown or its cache is not ready
   */
  List<LiveObject> inNamespace(Application app, String namespace) throws ClusterUnavailable;

  /**
   * {@code app}'s destination with both its server and its name filled in from the registered
   * clusters (as Argo CD infers them before checking a project); the spec's destination when no
   * registered cluster matches.
   */
  ApplicationDestination resolvedDestination(Application app);

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

  /**
   * One live object as the cache sees it.
   *
   * @param key group, kind, namespace and name
   * @param uid its uid (empty if unknown)
   * @param ownerUids the uids its owner references name
   * @param trackedTo the application its tracking label or annotation names, if any
   * @param object the object itself
   */
  record LiveObject(
      ResourceKey key,
      String uid,
      List<String> ownerUids,
      Optional<String> trackedTo,
      ObjectNode object) {
    public LiveObject {
      ownerUids = List.copyOf(ownerUids);
    }
  }

  /** The destination cluster cannot be read; the message says which and why. */
  final class ClusterUnavailable extends Exception {
    private static final long serialVersionUID = 1L;

    public ClusterUnavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
