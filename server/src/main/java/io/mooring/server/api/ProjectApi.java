package io.mooring.server.api;

import io.javalin.http.Context;
import io.mooring.model.AppProject;
import io.mooring.server.catalog.ProjectCatalog;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.Json;
import io.mooring.server.rbac.RbacEnforcer;
import java.util.Map;

/** Reading AppProjects ({@code /api/v1/projects}); RBAC objects are project names. */
final class ProjectApi {
  private final ProjectCatalog projects;
  private final RbacEnforcer rbac;

  ProjectApi(ProjectCatalog projects, RbacEnforcer rbac) {
    this.projects = projects;
    this.rbac = rbac;
  }

  /** {@code GET /api/v1/projects}: the projects the caller may get. */
  void list(Context ctx) {
    var items =
        projects.list().stream()
            .filter(p -> rbac.allows(Callers.of(ctx), "projects", "get", p.metadata.name))
            .toList();
    Json.ok(ctx, Map.of("metadata", Map.of(), "items", items));
  }

  /** {@code GET /api/v1/projects/{name}}. */
  void get(Context ctx) {
    String name = ctx.pathParam("name");
    AppProject project =
        projects
            .get(name)
            .orElseThrow(() -> ApiException.notFound("project '" + name + "' not found"));
    Json.ok(ctx, project);
  }
}
