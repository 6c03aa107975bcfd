package io.mooring.cli.client;

import io.mooring.model.AppProject;
import io.mooring.model.AppProjectSpec;
import io.mooring.model.ApplicationDestination;
import io.mooring.model.ResourceKind;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** What the project views show, read null-safely from an AppProject, in argocd's notation. */
public final class ProjectFacts {
  private ProjectFacts() {}

  public static String name(AppProject project) {
    return project.metadata == null || project.metadata.name == null ? "" : project.metadata.name;
  }

  public static AppProjectSpec spec(AppProject project) {
    return project.spec == null ? new AppProjectSpec() : project.spec;
  }

  public static String description(AppProject project) {
    return Objects.requireNonNullElse(spec(project).description, "");
  }

  /** Each destination as {@code SERVER,NAMESPACE} (the name when it has no server). */
  public static List<String> destinations(AppProject project) {
    return each(spec(project).destinations, ProjectFacts::destination);
  }

  public static String destination(ApplicationDestination destination) {
    String cluster = destination.server != null ? destination.server : destination.name;
    return Objects.requireNonNullElse(cluster, "")
        + ","
        + Objects.requireNonNullElse(destination.namespace, "");
  }

  public static List<String> sources(AppProject project) {
    return each(spec(project).sourceRepos, Function.identity());
  }

  /** Each kind as {@code GROUP/KIND} (the group empty for the core group). */
  public static List<String> kinds(List<ResourceKind> kinds) {
    return each(
        kinds,
        kind ->
            Objects.requireNonNullElse(kind.group, "")
                + "/"
                + Objects.requireNonNullElse(kind.kind, ""));
  }

  /** {@code items} joined with commas, {@code <none>} when empty. */
  public static String joined(List<String> items) {
    return items.isEmpty() ? "<none>" : String.join(",", items);
  }

  /** Like {@link #joined} but at most three, else the count ({@code 5 destinations}). */
  public static String summarised(List<String> items, String noun) {
    return items.size() > 3 ? items.size() + " " + noun : joined(items);
  }

  private static <T> List<String> each(List<T> items, Function<T, String> format) {
    return items == null ? List.of() : items.stream().filter(Objects::nonNull).map(format).toList();
  }
}
