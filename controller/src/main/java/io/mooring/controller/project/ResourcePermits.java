package io.mooring.controller.project;

import io.mooring.engine.match.ArgoGlob;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.model.AppProject;
import io.mooring.model.ApplicationDestination;
import io.mooring.model.ResourceKind;
import java.util.List;
import java.util.Optional;

/**
 * Which resources an AppProject lets its Applications deploy, as Argo CD decides it. A
 * cluster-scoped resource needs an entry in {@code clusterResourceWhitelist} (none or an empty list
 * allows nothing) and none in {@code clusterResourceBlacklist}. A namespaced one is allowed when
 * {@code namespaceResourceWhitelist} is absent or lists it (an explicitly empty list allows
 * nothing) and {@code namespaceResourceBlacklist} does not; its namespace must also be one of the
 * project's destinations. Entries match group and kind by glob ({@code *}, {@code ?}, {@code
 * [a-z]}); on the cluster lists an optional {@code name} glob narrows an entry to matching names
 * (Argo CD's namespace lists have no name). The blacklist wins. Pure.
 */
public final class ResourcePermits {
  private ResourcePermits() {}

  /**
   * Why {@code project} does not permit the resource at {@code key}; empty when it does.
   *
   * @param destination the application's destination (its server and name are used for the
   *     namespace check)
   * @param namespaced whether the resource's kind is namespaced in the destination cluster
   */
  public static Optional<String> denial(
      AppProject project, ApplicationDestination destination, ResourceKey key, boolean namespaced) {
    String projectName = "project '" + project.metadata.name + "'";
    String resource = "resource " + key.group() + ":" + key.kind() + " " + key.name();
    if (!kindPermitted(project, key, namespaced)) {
      return Optional.of(resource + " is not permitted in " + projectName);
    }
    if (namespaced && !key.namespace().isEmpty()) {
      ApplicationDestination target = new ApplicationDestination();
      target.server = destination == null ? null : destination.server;
      target.name = destination == null ? null : destination.name;
      target.namespace = key.namespace();
      if (!ProjectPermits.destinationPermitted(project, target)) {
        return Optional.of(
            "namespace "
                + key.namespace()
                + " of "
                + resource
                + " is not permitted in "
                + projectName
                + " (spec.destinations)");
      }
    }
    return Optional.empty();
  }

  /** Whether the group and kind (and, for cluster-scoped resources, name) are permitted. */
  public static boolean kindPermitted(AppProject project, ResourceKey key, boolean namespaced) {
    if (project.spec == null) {
      return namespaced;
    }
    if (namespaced) {
      List<ResourceKind> whitelist = project.spec.namespaceResourceWhitelist;
      boolean allowed = whitelist == null || listed(whitelist, key, NameRule.IGNORED);
      return allowed && !listed(project.spec.namespaceResourceBlacklist, key, NameRule.IGNORED);
    }
    return listed(project.spec.clusterResourceWhitelist, key, NameRule.MATCHED)
        && !listed(project.spec.clusterResourceBlacklist, key, NameRule.MATCHED);
  }

  private static boolean listed(List<ResourceKind> entries, ResourceKey key, NameRule names) {
    if (entries == null) {
      return false;
    }
    for (ResourceKind entry : entries) {
      if (glob(entry.kind, key.kind())
          && glob(entry.group, key.group())
          && (names == NameRule.IGNORED
              || entry.name == null
              || entry.name.isEmpty()
              || glob(entry.name, key.name()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean glob(String pattern, String value) {
    return ArgoGlob.matches(value, pattern == null ? "" : pattern);
  }

  /** Whether an entry's name takes part in matching. */
  private enum NameRule {
    MATCHED,
    IGNORED
  }
}
