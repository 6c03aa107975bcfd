package io.mooring.controller.status;

import io.mooring.controller.compare.SharedResource;
import io.mooring.model.ApplicationCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The warning conditions a comparison raises about resources: shared and orphaned ones. */
public final class ResourceWarnings {
  /** The condition types these warnings own (replaced together on every comparison). */
  public static final Set<String> TYPES =
      Set.of(Conditions.SHARED_RESOURCE_WARNING, Conditions.ORPHANED_RESOURCE_WARNING);

  private ResourceWarnings() {}

  /**
   * One SharedResourceWarning per shared resource, then an OrphanedResourceWarning when {@code
   * warnOrphans} and there are orphans.
   */
  public static List<ApplicationCondition> of(
      List<SharedResource> shared, int orphans, OrphanWarning warnOrphans) {
    List<ApplicationCondition> conditions = new ArrayList<>();
    for (SharedResource resource : shared) {
      conditions.add(Conditions.of(Conditions.SHARED_RESOURCE_WARNING, resource.message()));
    }
    if (warnOrphans == OrphanWarning.WARN && orphans > 0) {
      conditions.add(
          Conditions.of(
              Conditions.ORPHANED_RESOURCE_WARNING,
              "Application has " + orphans + " orphaned resources"));
    }
    return conditions;
  }

  /** Whether orphans raise a condition (the project's {@code orphanedResources.warn}). */
  public enum OrphanWarning {
    WARN,
    SILENT
  }
}
