package io.mooring.cli.client;

import io.mooring.model.AppProjectSpec;
import io.mooring.model.ApplicationDestination;
import io.mooring.model.ProjectRole;
import io.mooring.model.SyncWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The changes the {@code proj} verbs make to a project's spec, pure: adding what is there already
 * or removing what is not changes nothing; what cannot be done throws {@link ProjectEditException}
 * naming the project part.
 */
public final class ProjectEdits {
  private ProjectEdits() {}

  public static void addSource(AppProjectSpec spec, String repo) {
    List<String> repos = listOf(spec.sourceRepos);
    if (!repos.contains(repo)) {
      repos.add(repo);
    }
    spec.sourceRepos = repos;
  }

  public static void removeSource(AppProjectSpec spec, String repo) {
    List<String> repos = listOf(spec.sourceRepos);
    repos.remove(repo);
    spec.sourceRepos = repos.isEmpty() ? null : repos;
  }

  public static void addDestination(AppProjectSpec spec, ApplicationDestination destination) {
    List<ApplicationDestination> destinations = listOf(spec.destinations);
    if (destinations.stream().noneMatch(d -> sameDestination(d, destination))) {
      destinations.add(destination);
    }
    spec.destinations = destinations;
  }

  public static void removeDestination(AppProjectSpec spec, ApplicationDestination destination) {
    List<ApplicationDestination> destinations = listOf(spec.destinations);
    destinations.removeIf(d -> sameDestination(d, destination));
    spec.destinations = destinations.isEmpty() ? null : destinations;
  }

  public static void addWindow(AppProjectSpec spec, SyncWindow window) {
    List<SyncWindow> windows = listOf(spec.syncWindows);
    windows.add(window);
    spec.syncWindows = windows;
  }

  /** Removes the window at index {@code id} (as {@code windows list} numbers them). */
  public static void deleteWindow(AppProjectSpec spec, int id) {
    List<SyncWindow> windows = listOf(spec.syncWindows);
    if (id < 0 || id >= windows.size()) {
      throw new ProjectEditException(
          "there is no sync window "
              + id
              + " (the project has "
              + windows.size()
              + (windows.size() == 1 ? " window" : " windows")
              + "; see mooring proj windows list)");
    }
    windows.remove(id);
    spec.syncWindows = windows.isEmpty() ? null : windows;
  }

  /** Adds role {@code name} unless the project has it. */
  public static void createRole(AppProjectSpec spec, String name, String description) {
    List<ProjectRole> roles = listOf(spec.roles);
    if (roles.stream().noneMatch(r -> name.equals(r.name))) {
      ProjectRole role = new ProjectRole();
      role.name = name;
      role.description = description == null || description.isBlank() ? null : description;
      roles.add(role);
    }
    spec.roles = roles;
  }

  /** Adds {@code policy} to role {@code name}, which must exist. */
  public static void addPolicy(AppProjectSpec spec, String name, RolePolicy policy) {
    ProjectRole role =
        listOf(spec.roles).stream()
            .filter(r -> name.equals(r.name))
            .findFirst()
            .orElseThrow(
                () ->
                    new ProjectEditException(
                        "the project has no role '"
                            + name
                            + "' (create it with mooring proj role create)"));
    List<String> policies = listOf(role.policies);
    String line = policy.line();
    if (!policies.contains(line)) {
      policies.add(line);
    }
    role.policies = policies;
  }

  private static boolean sameDestination(ApplicationDestination a, ApplicationDestination b) {
    return Objects.equals(a.server, b.server)
        && Objects.equals(a.name, b.name)
        && Objects.equals(a.namespace, b.namespace);
  }

  private static <T> List<T> listOf(List<T> items) {
    return items == null ? new ArrayList<>() : new ArrayList<>(items);
  }
}
