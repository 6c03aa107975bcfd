package io.mooring.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.mooring.model.AppProject;
import io.mooring.model.ApplicationDestination;
import io.mooring.model.ModelCodec;
import io.mooring.server.auth.Caller;
import io.mooring.server.catalog.ApplicationCatalog;
import io.mooring.server.catalog.ProjectWriter;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.Json;
import io.mooring.server.http.ObjectRef;
import io.mooring.server.project.ProjectChangeCheck;
import io.mooring.server.project.ProjectRequests;
import io.mooring.server.project.ProjectTokens;
import io.mooring.server.rbac.RbacEnforcer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Changing AppProjects ({@code /api/v1/projects}): create with Argo CD's upsert, update with
 * optimistic concurrency, delete (refused while Applications use the project, and always for {@code
 * default}). Bodies are validated with the model's AppProject rules and the role rules.
 */
final class ProjectWriteApi {
  private final ProjectWriter writer;
  private final ApplicationCatalog applications;
  private final RbacEnforcer rbac;

  ProjectWriteApi(ProjectWriter writer, ApplicationCatalog applications, RbacEnforcer rbac) {
    this.writer = writer;
    this.applications = applications;
    this.rbac = rbac;
  }

  /** The RBAC object of a create body: the project's name. */
  static ObjectRef projectInBody() {
    return ObjectRef.of(
        "<project.metadata.name in body>", ctx -> ProjectRequests.nameIn(Json.objectBody(ctx)));
  }

  /**
   * {@code POST /api/v1/projects {project, upsert}}: creates the project; an existing one with the
   * same spec is returned as it is, a different one is refused unless {@code upsert} is set (which
   * also needs {@code projects, update}).
   */
  void create(Context ctx) {
    JsonNode body = Json.objectBody(ctx);
    AppProject requested = ProjectRequests.project(body);
    requested.status = null;
    requested.metadata.resourceVersion = null;
    boolean upsert =
        body.path("upsert").asBoolean(false) || Boolean.parseBoolean(ctx.queryParam("upsert"));
    var existing = writer.current(requested.metadata.name);
    if (existing.isEmpty()) {
      Json.ok(ctx, writer.create(ProjectTokens.normalized(requested)));
      return;
    }
    AppProject current = existing.get();
    if (ModelCodec.toTree(current.spec).equals(ModelCodec.toTree(requested.spec))) {
      Json.ok(ctx, current);
      return;
    }
    if (!upsert) {
      throw ApiException.invalid(
          "existing project spec is different; use upsert flag to force update");
    }
    require(Callers.of(ctx), "projects", "update", current.metadata.name);
    AppProject updated = ModelCodec.copy(current);
    updated.spec = requested.spec;
    Json.ok(ctx, writer.update(ProjectTokens.normalized(updated)));
  }

  /**
   * {@code PUT /api/v1/projects/{name} {project}}: replaces the project at the resourceVersion the
   * body carries (the current one when it carries none; a stale one is a 409). Refused when an
   * Application of the project would lose its permission, or when the caller may not update the
   * repositories and clusters the change adds.
   */
  void update(Context ctx) {
    String name = ctx.pathParam("name");
    AppProject requested = ProjectRequests.project(Json.objectBody(ctx));
    if (!name.equals(requested.metadata.name)) {
      throw ApiException.invalid(
          "project.metadata.name '"
              + requested.metadata.name
              + "' differs from the project in the path, '"
              + name
              + "'");
    }
    AppProject current = existing(name);
    requireAdditionsAllowed(Callers.of(ctx), current, requested);
    List<String> stranded = ProjectChangeCheck.stranded(current, requested, applications.list());
    if (!stranded.isEmpty()) {
      throw ApiException.invalid(
          "as a result of project update, applications would no longer be permitted: "
              + String.join("; ", stranded));
    }
    AppProject updated = ModelCodec.copy(requested);
    updated.metadata.namespace = current.metadata.namespace;
    if (updated.metadata.resourceVersion == null || updated.metadata.resourceVersion.isBlank()) {
      updated.metadata.resourceVersion = current.metadata.resourceVersion;
    }
    if (updated.status == null) {
      updated.status = current.status;
    }
    Json.ok(ctx, writer.update(ProjectTokens.normalized(updated)));
  }

  /**
   * {@code DELETE /api/v1/projects/{name}}: refused for {@code default} and for a project that
   * Applications still reference, as Argo CD does.
   */
  void delete(Context ctx) {
    String name = ctx.pathParam("name");
    if (name.equals("default")) {
      throw ApiException.invalid("name 'default' is reserved and cannot be deleted");
    }
    existing(name);
    long using =
        applications.list().stream()
            .filter(app -> name.equals(app.spec == null ? null : projectOf(app.spec.project)))
            .count();
    if (using > 0) {
      throw ApiException.invalid("project is referenced by " + using + " applications");
    }
    writer.delete(name);
    Json.ok(ctx, Map.of());
  }

  private void requireAdditionsAllowed(Caller caller, AppProject before, AppProject after) {
    for (String repo : added(repos(before), repos(after))) {
      require(caller, "repositories", "update", repo);
    }
    for (String cluster : added(clusters(before), clusters(after))) {
      require(caller, "clusters", "update", cluster);
    }
  }

  private void require(Caller caller, String resource, String action, String object) {
    if (!rbac.allows(caller, resource, action, object)) {
      throw ApiException.denied(
          "permission denied: "
              + resource
              + ", "
              + action
              + ", "
              + object
              + ", sub: "
              + caller.subject());
    }
  }

  private AppProject existing(String name) {
    return writer
        .current(name)
        .orElseThrow(() -> ApiException.notFound("project '" + name + "' not found"));
  }

  private static List<String> added(List<String> before, List<String> after) {
    List<String> added = new ArrayList<>(after);
    added.removeAll(before);
    return added;
  }

  private static List<String> repos(AppProject project) {
    return project.spec == null || project.spec.sourceRepos == null
        ? List.of()
        : project.spec.sourceRepos;
  }

  private static List<String> clusters(AppProject project) {
    if (project.spec == null || project.spec.destinations == null) {
      return List.of();
    }
    List<String> clusters = new ArrayList<>();
    for (ApplicationDestination destination : project.spec.destinations) {
      String cluster = destination.server != null ? destination.server : destination.name;
      if (cluster != null && !clusters.contains(cluster)) {
        clusters.add(cluster);
      }
    }
    return clusters;
  }

  private static String projectOf(String project) {
    return Objects.requireNonNullElse(project, "").isBlank() ? "default" : project;
  }
}
