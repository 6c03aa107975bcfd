package io.mooring.server.api;

import io.javalin.http.Context;
import io.mooring.controller.project.SyncWindows;
import io.mooring.model.AppProject;
import io.mooring.model.SyncWindow;
import io.mooring.server.catalog.EventLog;
import io.mooring.server.catalog.ProjectCatalog;
import io.mooring.server.cluster.ClusterCatalog;
import io.mooring.server.cluster.ClusterFields;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.Json;
import io.mooring.server.project.ProjectTokens;
import io.mooring.server.repository.RepositoryFields;
import io.mooring.server.repository.RepositoryRegistry;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What belongs to one AppProject: the repositories and clusters scoped to it ({@code …/detailed},
 * credentials left out), the sync windows in force now, and the Events recorded about it.
 */
final class ProjectDetailsApi {
  private final ProjectCatalog projects;
  private final RepositoryRegistry repositories;
  private final ClusterCatalog clusters;
  private final EventLog events;
  private final Clock clock;

  /** What the project detail routes read. */
  record Parts(
      ProjectCatalog projects,
      RepositoryRegistry repositories,
      ClusterCatalog clusters,
      EventLog events,
      Clock clock) {}

  ProjectDetailsApi(Parts parts) {
    this.projects = parts.projects();
    this.repositories = parts.repositories();
    this.clusters = parts.clusters();
    this.events = parts.events();
    this.clock = parts.clock();
  }

  /**
   * {@code GET /api/v1/projects/{name}/detailed}: {@code {project, globalProjects, repositories,
   * clusters}}, the repositories and clusters being those scoped to the project (as Argo CD's
   * DetailedProjectsResponse). Mooring has no global projects, so that list is empty.
   */
  void detailed(Context ctx) {
    AppProject project = existing(ctx.pathParam("name"));
    String name = project.metadata.name;
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("project", ProjectTokens.normalized(project));
    view.put("globalProjects", List.of());
    view.put(
        "repositories",
        repositories.repositories().stream()
            .filter(s -> name.equals(RepositoryRegistry.projectOf(s)))
            .map(s -> RepositoryFields.view(s.data(), RepositoryFields.Kind.REPOSITORY))
            .toList());
    view.put(
        "clusters",
        clusters.list().stream()
            .filter(c -> name.equals(c.project()) && c.secret().isPresent())
            .map(c -> ClusterFields.view(c.secret().get()))
            .toList());
    Json.ok(ctx, view);
  }

  /** {@code GET /api/v1/projects/{name}/events}: the Events recorded about the project. */
  void events(Context ctx) {
    String name = existing(ctx.pathParam("name")).metadata.name;
    Json.ok(ctx, Map.of("metadata", Map.of(), "items", events.about("AppProject", name)));
  }

  /** {@code GET /api/v1/projects/{name}/syncwindows}: the project's sync windows in force now. */
  void syncWindows(Context ctx) {
    AppProject project = existing(ctx.pathParam("name"));
    List<SyncWindow> windows =
        project.spec == null || project.spec.syncWindows == null
            ? List.of()
            : project.spec.syncWindows.stream()
                .filter(w -> SyncWindows.isActive(w, clock.instant()))
                .toList();
    Json.ok(ctx, Map.of("windows", windows));
  }

  private AppProject existing(String name) {
    return projects
        .get(name)
        .orElseThrow(() -> ApiException.notFound("project '" + name + "' not found"));
  }
}
