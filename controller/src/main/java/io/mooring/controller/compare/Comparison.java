package io.mooring.controller.compare;

import io.mooring.engine.health.HealthStatus;
import java.util.List;

/**
 * The outcome of comparing an Application's Git state with its live state.
 *
 * @param revisions the resolved revision of each source
 * @param resources every desired or tracked resource, in a stable order
 * @param health the worst health of the non-hook resources
 */
public record Comparison(
    List<String> revisions, List<ResourceComparison> resources, HealthStatus health) {

  /** OutOfSync when any resource is; else Synced. */
  public String syncStatus() {
    return resources.stream().anyMatch(r -> r.comparedStatus().equals("OutOfSync"))
        ? "OutOfSync"
        : "Synced";
  }

  /** Every out-of-sync resource is a prune candidate (and there is at least one). */
  public boolean onlyPruningNeeded() {
    List<ResourceComparison> outOfSync =
        resources.stream().filter(r -> r.comparedStatus().equals("OutOfSync")).toList();
    return !outOfSync.isEmpty() && outOfSync.stream().allMatch(ResourceComparison::requiresPruning);
  }

  /** Git rendered nothing while resources are tracked: syncing would prune everything. */
  public boolean wouldPruneEverything() {
    return resources.stream().noneMatch(r -> r.desired() != null)
        && resources.stream().anyMatch(ResourceComparison::requiresPruning);
  }
}
