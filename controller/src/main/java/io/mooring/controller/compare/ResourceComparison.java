package io.mooring.controller.compare;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.diff.DiffResult;
import io.mooring.engine.health.HealthResult;
import io.mooring.engine.resource.ResourceKey;
import java.util.Optional;

/**
 * One resource of an Application after comparison.
 *
 * @param key group, kind, namespace and name
 * @param version the API version (from desired, else live)
 * @param desired the object rendered from Git, or null when it is only live (to be pruned)
 * @param live the object in the cluster, or null when missing
 * @param hook whether the desired object is a sync hook (hooks are not compared)
 * @param diff the comparison of desired and live, or null when one side is absent or a hook
 * @param health the live object's health, empty when no check applies
 * @param denial why the project does not permit this desired resource; empty when it does
 */
public record ResourceComparison(
    ResourceKey key,
    String version,
    ObjectNode desired,
    ObjectNode live,
    boolean hook,
    DiffResult diff,
    Optional<HealthResult> health,
    Optional<String> denial) {

  /** Live but no longer in Git: a prune candidate. */
  public boolean requiresPruning() {
    return desired == null && live != null;
  }

  /**
   * What status.resources shows: Unknown for a resource the project does not permit (as Argo CD
   * shows it), else the {@link #comparedStatus}.
   */
  public String syncStatus() {
    return denial.isPresent() ? "Unknown" : comparedStatus();
  }

  /**
   * By comparison alone: Synced, or OutOfSync when missing, extra, or modified. Hooks count as
   * Synced. A resource the project does not permit still counts here, so the app is OutOfSync and a
   * sync that includes it fails naming it.
   */
  public String comparedStatus() {
    if (hook) {
      return "Synced";
    }
    if (desired == null || live == null) {
      return "OutOfSync";
    }
    return diff != null && diff.modified() ? "OutOfSync" : "Synced";
  }
}
