package io.mooring.kube.cache;

import io.mooring.engine.resource.GroupKind;
import java.time.Instant;
import java.util.Map;

/**
 * What one cluster cache holds and has seen, read from memory (for metrics).
 *
 * @param objects the objects it holds
 * @param apiResources the resource types it watches
 * @param synced whether every informer has delivered its initial list
 * @param listedAt when the cache started listing the cluster (its contents are as of then plus
 *     every event since)
 * @param events the watch events (added, changed, deleted) received per type since it started
 */
public record CacheFigures(
    int objects, int apiResources, boolean synced, Instant listedAt, Map<GroupKind, Long> events) {
  public CacheFigures {
    events = Map.copyOf(events);
  }
}
