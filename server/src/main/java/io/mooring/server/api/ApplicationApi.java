package io.mooring.server.api;

import io.javalin.http.Context;
import io.mooring.engine.resource.Annotations;
import io.mooring.model.Application;
import io.mooring.server.auth.Caller;
import io.mooring.server.catalog.ApplicationCatalog;
import io.mooring.server.catalog.ApplicationWriter;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.Json;
import io.mooring.server.http.ObjectRef;
import io.mooring.server.http.PageRequest;
import io.mooring.server.rbac.RbacEnforcer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reading Applications ({@code /api/v1/applications}); RBAC objects are {@code project/app}. */
final class ApplicationApi {
  private final ApplicationCatalog applications;
  private final ApplicationUpdates updates;
  private final RbacEnforcer rbac;
  private final ApplicationJsonCache listedJson = new ApplicationJsonCache();

  ApplicationApi(ApplicationCatalog applications, ApplicationWriter writer, RbacEnforcer rbac) {
    this.applications = applications;
    this.updates = new ApplicationUpdates(writer);
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

  /**
   * {@code GET /api/v1/applications}: the apps the caller may get that match the {@link
   * ApplicationQuery}, sorted by name, one page at a time ({@link PageRequest}: {@code limit},
   * {@code continue}; the response's {@code metadata.continue} is there when more follow).
   */
  void list(Context ctx) {
    ApplicationQuery query = ApplicationQuery.of(ctx);
    PageRequest request = PageRequest.of(ctx.queryParam("limit"), ctx.queryParam("continue"));
    Caller caller = Callers.of(ctx);
    List<Application> all = applications.list();
    listedJson.retain(all);
    List<Application> matching =
        all.stream()
            .filter(query)
            .sorted(Comparator.comparing((Application app) -> app.metadata.name))
            .toList();
    PageRequest.Page page =
        request.page(
            matching,
            app -> app.metadata.name,
            app -> rbac.allows(caller, "applications", "get", rbacObject(app)),
            listedJson::json);
    Map<String, Object> metadata = new LinkedHashMap<>();
    page.continueToken().ifPresent(token -> metadata.put("continue", token));
    Json.writeList(ctx, metadata, page.items());
  }

  /**
   * {@code GET /api/v1/applications/{name}[?refresh=normal|hard]}: with {@code refresh}, the
   * refresh annotation is set first (as Argo CD does) and the controller compares the app again.
   */
  void get(Context ctx) {
    String name = ctx.pathParam("name");
    Application app =
        applications
            .get(name)
            .orElseThrow(() -> ApiException.notFound("application '" + name + "' not found"));
    String refresh = ctx.queryParam("refresh");
    if (refresh != null && !refresh.isBlank()) {
      if (!Set.of("normal", "hard").contains(refresh)) {
        throw ApiException.invalid("refresh '" + refresh + "' is not one of normal, hard");
      }
      app =
          updates.update(
              app.metadata.name,
              stored -> {
                if (stored.metadata.annotations == null) {
                  stored.metadata.annotations = new LinkedHashMap<>();
                }
                stored.metadata.annotations.put(Annotations.REFRESH, refresh);
                return stored;
              });
    }
    Json.ok(ctx, app);
  }

  static String rbacObject(Application app) {
    return projectOf(app) + "/" + app.metadata.name;
  }

  static String projectOf(Application app) {
    return app.spec == null || app.spec.project == null || app.spec.project.isBlank()
        ? "default"
        : app.spec.project;
  }
}
