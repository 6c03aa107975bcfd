package io.mooring.server.api;

import io.javalin.http.Context;
import io.mooring.model.Application;
import io.mooring.server.catalog.ApplicationCatalog;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.Json;
import io.mooring.server.http.ObjectRef;
import io.mooring.server.rbac.RbacEnforcer;
import java.util.Map;
import java.util.Set;

/** Reading Applications ({@code /api/v1/applications}); RBAC objects are {@code project/app}. */
final class ApplicationApi {
  private final ApplicationCatalog applications;
  private final RbacEnforcer rbac;

  ApplicationApi(ApplicationCatalog applications, RbacEnforcer rbac) {
    this.applications = applications;
    this.rbac = rbac;
  }

  /**
   * The RBAC object of the app named by the path parameter {@code name}: {@code <project>/<app>};
   * for an app that does not exist, the project is a star ({@code *} then {@code /<app>}), which
   * only callers with rights in every project hold, so others learn nothing about which apps exist.
   */
  ObjectRef object() {
    return ObjectRef.of(
        "<project>/<app>",
        ctx -> {
          String name = ctx.pathParam("name");
          return applications.get(name).map(app -> rbacObject(app)).orElse("*/" + name);
        });
  }

  /** {@code GET /api/v1/applications[?projects=a,b]}: the apps the caller may get. */
  void list(Context ctx) {
    String filter = ctx.queryParam("projects");
    Set<String> projects =
        filter == null || filter.isBlank() ? Set.of() : Set.of(filter.split(","));
    var items =
        applications.list().stream()
            .filter(app -> projects.isEmpty() || projects.contains(projectOf(app)))
            .filter(app -> rbac.allows(Callers.of(ctx), "applications", "get", rbacObject(app)))
            .toList();
    Json.ok(ctx, Map.of("metadata", Map.of(), "items", items));
  }

  /** {@code GET /api/v1/applications/{name}}. */
  void get(Context ctx) {
    String name = ctx.pathParam("name");
    Application app =
        applications
            .get(name)
            .orElseThrow(() -> ApiException.notFound("application '" + name + "' not found"));
    Json.ok(ctx, app);
  }

  static String rbacObject(Application app) {
    return projectOf(app) + "/" + app.metadata.name;
  }

  private static String projectOf(Application app) {
    return app.spec == null || app.spec.project == null || app.spec.project.isBlank()
        ? "default"
        : app.spec.project;
  }
}
