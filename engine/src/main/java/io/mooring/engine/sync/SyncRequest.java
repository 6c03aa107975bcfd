package io.mooring.engine.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.ResourceKey;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to plan a sync from.
 *
 * @param desired the objects rendered from Git, hooks included, each carrying its final namespace
 *     (the controller sets the destination namespace on namespaced objects, as it does to diff)
 * @param live the live objects tracked to the application, hooks included
 * @param outOfSync the resources that differ from Git; consulted only with ApplyOutOfSyncOnly=true,
 *     when live resources not listed here are left alone
 * @param options how to sync
 */
public record SyncRequest(
    List<ObjectNode> desired,
    Map<ResourceKey, ObjectNode> live,
    Set<ResourceKey> outOfSync,
    OperationOptions options) {

  public SyncRequest {
    desired = List.copyOf(desired);
    live = Map.copyOf(live);
    outOfSync = Set.copyOf(outOfSync);
  }
}
