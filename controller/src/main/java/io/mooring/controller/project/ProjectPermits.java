package io.mooring.controller.project;

import io.mooring.engine.match.ArgoGlob;
import io.mooring.model.AppProject;
import io.mooring.model.Application;
import io.mooring.model.ApplicationDestination;
import io.mooring.model.ApplicationSource;
import io.mooring.source.git.RepoUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Whether an AppProject permits an Application, as Argo CD decides it: every source's repoURL
 * matches one of {@code sourceRepos} and no negated ({@code !}) entry, and the destination (server
 * or name, and namespace) matches one of {@code destinations} and no negated entry. Patterns are
 * Argo CD globs. Pure: returns the violations as sentences naming the app, project and field.
 */
public final class ProjectPermits {
  private ProjectPermits() {}

  /** What {@code project} does not permit of {@code app}; empty when it permits everything. */
  public static List<String> violations(Application app, AppProject project) {
    List<String> violations = new ArrayList<>();
    String where = "application '" + app.metadata.name + "'";
    String projectName = "project '" + project.metadata.name + "'";
    List<String> repos =
        project.spec == null || project.spec.sourceRepos == null
            ? List.of()
            : project.spec.sourceRepos;
    for (ApplicationSource source : sources(app)) {
      if (source.repoURL != null && !permitted(repos, source.repoURL, ProjectPermits::repoGlob)) {
        violations.add(
            where
                + " source repository "
                + source.repoURL
                + " is not permitted in "
                + projectName
                + " (spec.sourceRepos)");
      }
    }
    ApplicationDestination destination = app.spec == null ? null : app.spec.destination;
    if (destination != null && !destinationPermitted(project, destination)) {
      violations.add(
          where
              + " destination {"
              + (destination.server != null
                  ? "server " + destination.server
                  : "name " + destination.name)
              + ", namespace "
              + (destination.namespace == null ? "" : destination.namespace)
              + "} is not permitted in "
              + projectName
              + " (spec.destinations)");
    }
    return violations;
  }

  /**
   * Whether {@code destination} (server or name, and namespace) matches one of the project's {@code
   * destinations} and no negated one.
   */
  public static boolean destinationPermitted(
      AppProject project, ApplicationDestination destination) {
    List<ApplicationDestination> allowed =
        project.spec == null || project.spec.destinations == null
            ? List.of()
            : project.spec.destinations;
    String namespace = destination.namespace == null ? "" : destination.namespace;
    boolean anyAllow = false;
    for (ApplicationDestination entry : allowed) {
      boolean clusterMatch = clusterMatches(entry, destination);
      boolean namespaceMatch = globMatch(entry.namespace, namespace);
      if (isNegated(entry.server) || isNegated(entry.name) || isNegated(entry.namespace)) {
        if (clusterMatch && namespaceMatch) {
          return false;
        }
      } else if (clusterMatch && namespaceMatch) {
        anyAllow = true;
      }
    }
    return anyAllow;
  }

  private static boolean clusterMatches(
      ApplicationDestination entry, ApplicationDestination destination) {
    if (destination.server != null && !destination.server.isBlank() && entry.server != null) {
      return globMatch(entry.server, destination.server);
    }
    if (destination.name != null && !destination.name.isBlank() && entry.name != null) {
      return globMatch(entry.name, destination.name);
    }
    return false;
  }

  /** Whether a pattern (negated with {@code !}: its complement) matches {@code value}. */
  private static boolean globMatch(String pattern, String value) {
    if (pattern == null) {
      return false;
    }
    if (isNegated(pattern)) {
      return ArgoGlob.matches(value, pattern.substring(1));
    }
    return ArgoGlob.matches(value, pattern);
  }

  private static boolean permitted(
      List<String> patterns, String value, Function<String, String> normalize) {
    String normalized = normalize.apply(value);
    boolean allowed = false;
    for (String pattern : patterns) {
      if (isNegated(pattern)) {
        if (ArgoGlob.matches(normalized, normalize.apply(pattern.substring(1)))) {
          return false;
        }
      } else if (pattern.equals("*") || ArgoGlob.matches(normalized, normalize.apply(pattern))) {
        allowed = true;
      }
    }
    return allowed;
  }

  private static String repoGlob(String url) {
    return url.equals("*") ? url : RepoUrl.normalize(url);
  }

  private static boolean isNegated(String pattern) {
    return pattern != null && pattern.startsWith("!");
  }

  private static List<ApplicationSource> sources(Application app) {
    List<ApplicationSource> sources = new ArrayList<>();
    if (app.spec != null && app.spec.source != null) {
      sources.add(app.spec.source);
    }
    if (app.spec != null && app.spec.sources != null) {
      sources.addAll(app.spec.sources);
    }
    return sources;
  }
}
