package io.mooring.controller.ports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.controller.ports.LiveState.ClusterUnavailable;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.model.Application;
import java.util.List;

/**
 * The live objects of an Application and everything they own, read from the destination cluster's
 * cache (no API calls once the cache is synced).
 */
public interface LiveTree {
  /**
   * The objects tracked to {@code app} and, transitively, the objects they own (a Deployment's
   * ReplicaSets and their Pods), each with the owners that are in the tree.
   *
   * @throws ClusterUnavailable when the destination is unknown or its cache is not synced
   */
  List<LiveNode> tree(Application app) throws ClusterUnavailable;

  /**
   * One live object of the tree.
   *
   * @param key group, kind, namespace and name
   * @param object the live object (shared with the cache: read-only)
   * @param parents its owners that are in the tree; empty for the objects the app manages
   */
  record LiveNode(ResourceKey key, ObjectNode object, List<ParentRef> parents) {
    public LiveNode {
      parents = List.copyOf(parents);
    }

    /** The object's uid. */
    public String uid() {
      return object.path("metadata").path("uid").asText("");
    }
  }

  /** An owner of a tree node: its key and uid. */
  record ParentRef(ResourceKey key, String uid) {}
}
