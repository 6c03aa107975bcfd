package io.mooring.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.mooring.controller.operation.OperationRequests;
import io.mooring.controller.operation.OperationRequests.OperationRefused;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.model.ObjectMeta;
import io.mooring.server.catalog.ApplicationCatalog;
import io.mooring.server.catalog.ApplicationWriter;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.Json;
import io.mooring.server.http.ObjectRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Changing Applications: create (with Argo CD's upsert), delete with cascade, and sync. */
final class ApplicationWriteApi {
  static final String FOREGROUND_FINALIZER = "resources-finalizer.argocd.argoproj.io";
  static final String BACKGROUND_FINALIZER = "resources-finalizer.argocd.argoproj.io/background";
  private final ApplicationCatalog applications;
  private final ApplicationWriter writer;

  ApplicationWriteApi(ApplicationCatalog applications, ApplicationWriter writer) {
    this.applications = applications;
    this.writer = writer;
  }

  /** The RBAC object of a create body: {@code <spec.project>/<metadata.name>}. */
  static ObjectRef objectInBody() {
    return ObjectRef.of(
        "<project>/<app> in body",
        ctx -> {
          JsonNode body = Json.objectBody(ctx);
          String project = body.path("spec").path("project").asText("");
          return (project.isBlank() ? "default" : project)
              + "/"
              + body.path("metadata").path("name").asText("");
        });
  }

  /**
   * {@code POST /api/v1/applications[?upsert=true]}: creates the app; an existing app with the same
   * spec is returned as is, a different one is refused unless {@code upsert} is set.
   */
  void create(Context ctx) {
    Application requested = ApplicationRequests.application(Json.objectBody(ctx));
    boolean upsert = Boolean.parseBoolean(ctx.queryParam("upsert"));
    var existing = applications.get(requested.metadata.name);
    if (existing.isEmpty()) {
      Json.ok(ctx, writer.create(requested));
      return;
    }
    Application current = existing.get();
    if (sameDefinition(current, requested)) {
      Json.ok(ctx, current);
      return;
    }
    if (!upsert) {
      throw ApiException.invalid(
          "existing application spec is different, use upsert flag to force update");
    }
    Application updated = ModelCodec.copy(current);
    updated.spec = requested.spec;
    updated.metadata.labels = requested.metadata.labels;
    updated.metadata.annotations = requested.metadata.annotations;
    updated.metadata.finalizers = requested.metadata.finalizers;
    Json.ok(ctx, writer.update(updated));
  }

  /**
   * {@code DELETE /api/v1/applications/{name}[?cascade=false][&propagationPolicy=background]}: with
   * cascade (the default) the resources finalizer is added first, so the controller deletes the
   * app's resources (foreground, or background); without it the finalizers are removed and the
   * resources stay.
   */
  void delete(Context ctx) {
    Application app = existing(ctx.pathParam("name"));
    boolean cascade = !"false".equalsIgnoreCase(ctx.queryParam("cascade"));
    String policy = Objects.requireNonNullElse(ctx.queryParam("propagationPolicy"), "foreground");
    if (!List.of("foreground", "background").contains(policy.toLowerCase())) {
      throw ApiException.invalid(
          "propagationPolicy '" + policy + "' is not one of foreground, background");
    }
    List<String> wanted =
        cascade
            ? List.of(
                policy.equalsIgnoreCase("background") ? BACKGROUND_FINALIZER : FOREGROUND_FINALIZER)
            : List.of();
    List<String> finalizers = finalizersWith(app.metadata, wanted);
    if (!finalizers.equals(Objects.requireNonNullElse(app.metadata.finalizers, List.of()))) {
      Application changed = ModelCodec.copy(app);
      changed.metadata.finalizers = finalizers.isEmpty() ? null : finalizers;
      writer.update(changed);
    }
    writer.delete(app.metadata.name);
    Json.ok(ctx, Map.of());
  }

  /** {@code POST /api/v1/applications/{name}/sync} with Argo CD's ApplicationSyncRequest body. */
  void sync(Context ctx) {
    Application app = existing(ctx.pathParam("name"));
    JsonNode body = ctx.body().isBlank() ? Json.empty() : Json.objectBody(ctx);
    try {
      Application requested =
          OperationRequests.sync(
              app, ApplicationRequests.syncOrder(body), Callers.of(ctx).subject());
      Json.ok(ctx, writer.update(requested));
    } catch (OperationRefused e) {
      throw ApiException.unprocessable(e.getMessage());
    }
  }

  private Application existing(String name) {
    return applications
        .get(name)
        .orElseThrow(() -> ApiException.notFound("application '" + name + "' not found"));
  }

  private static List<String> finalizersWith(ObjectMeta metadata, List<String> resourceFinalizer) {
    List<String> result = new ArrayList<>();
    if (metadata.finalizers != null) {
      metadata.finalizers.stream()
          .filter(f -> !f.equals(FOREGROUND_FINALIZER) && !f.equals(BACKGROUND_FINALIZER))
          .forEach(result::add);
    }
    result.addAll(resourceFinalizer);
    return result;
  }

  private static boolean sameDefinition(Application current, Application requested) {
    return ModelCodec.toTree(current.spec).equals(ModelCodec.toTree(requested.spec))
        && Objects.equals(orEmpty(current.metadata.labels), orEmpty(requested.metadata.labels))
        && Objects.equals(
            orEmpty(current.metadata.annotations), orEmpty(requested.metadata.annotations));
  }

  private static Map<String, String> orEmpty(Map<String, String> map) {
    return map == null ? Map.of() : new LinkedHashMap<>(map);
  }
}
