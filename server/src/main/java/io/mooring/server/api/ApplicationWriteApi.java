package io.mooring.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flipkart.zjsonpatch.JsonPatch;
import com.flipkart.zjsonpatch.JsonPatchApplicationException;
import io.javalin.http.Context;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.model.ObjectMeta;
import io.mooring.server.catalog.ApplicationCatalog;
import io.mooring.server.catalog.ApplicationWriter;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.Json;
import io.mooring.server.http.MergePatch;
import io.mooring.server.http.ObjectRef;
import io.mooring.server.project.ProjectGuard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Changing Applications: create (with Argo CD's upsert), update, spec update, patch, and delete
 * with cascade. Every new spec is validated with the model's rules and checked against its project.
 */
final class ApplicationWriteApi {
  static final String FOREGROUND_FINALIZER = "resources-finalizer.argocd.argoproj.io";
  static final String BACKGROUND_FINALIZER = "resources-finalizer.argocd.argoproj.io/background";
  private final ApplicationCatalog applications;
  private final ApplicationWriter writer;
  private final ApplicationUpdates updates;
  private final ProjectGuard projects;

  ApplicationWriteApi(
      ApplicationCatalog applications, ApplicationWriter writer, ProjectGuard projects) {
    this.applications = applications;
    this.writer = writer;
    this.updates = new ApplicationUpdates(writer);
    this.projects = projects;
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
    projects.requirePermitted(requested);
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
    Json.ok(ctx, updates.update(current.metadata.name, stored -> redefined(stored, requested)));
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
      updates.update(
          app.metadata.name,
          stored -> {
            List<String> changed = finalizersWith(stored.metadata, wanted);
            stored.metadata.finalizers = changed.isEmpty() ? null : changed;
            return stored;
          });
    }
    writer.delete(app.metadata.name);
    Json.ok(ctx, Map.of());
  }

  /**
   * {@code PUT /api/v1/applications/{name}}: replaces spec, labels, annotations and finalizers
   * (status and operation stay); the body's name must be the path's. A body carrying {@code
   * metadata.resourceVersion} is refused (409) when the app has changed since that version.
   */
  void update(Context ctx) {
    Application current = existing(ctx.pathParam("name"));
    JsonNode body = Json.objectBody(ctx);
    Application requested = ApplicationRequests.application(body);
    requireSameName(ctx, requested);
    projects.requirePermitted(requested);
    Json.ok(
        ctx,
        updates.update(
            current.metadata.name,
            stored -> {
              requireVersionUnchanged(stored, body);
              return redefined(stored, requested);
            }));
  }

  /** {@code PUT /api/v1/applications/{name}/spec}: replaces the spec; answers with the new spec. */
  void updateSpec(Context ctx) {
    Application current = existing(ctx.pathParam("name"));
    ObjectNode document = ModelCodec.jsonMapper().createObjectNode();
    document.putObject("metadata").put("name", current.metadata.name);
    document.set("spec", Json.objectBody(ctx));
    Application requested = ApplicationRequests.application(document);
    projects.requirePermitted(requested);
    Application updated =
        updates.update(
            current.metadata.name,
            stored -> {
              stored.spec = requested.spec;
              return stored;
            });
    Json.ok(ctx, updated.spec);
  }

  /**
   * {@code PATCH /api/v1/applications/{name}} with Argo CD's {@code {patch, patchType}}: {@code
   * merge} (JSON merge patch, the default) or {@code json} (JSON patch); the result is validated
   * and checked against the project as an update is.
   */
  void patch(Context ctx) {
    String name = existing(ctx.pathParam("name")).metadata.name;
    JsonNode body = Json.objectBody(ctx);
    Json.ok(ctx, updates.update(name, stored -> patched(ctx, stored, body)));
  }

  private Application patched(Context ctx, Application current, JsonNode body) {
    String patchType = Objects.requireNonNullElse(Json.optionalText(body, "patchType"), "");
    JsonNode patch;
    try {
      patch = ModelCodec.jsonMapper().readTree(Json.requiredText(body, "patch"));
    } catch (JsonProcessingException e) {
      throw ApiException.invalid("field 'patch' is not valid JSON: " + e.getOriginalMessage());
    }
    JsonNode tree = ModelCodec.toTree(current);
    JsonNode patched;
    switch (patchType.isBlank() ? "merge" : patchType) {
      case "merge" -> patched = MergePatch.apply(tree, patch);
      case "json" -> {
        try {
          patched = JsonPatch.apply(patch, tree);
        } catch (JsonPatchApplicationException e) {
          throw ApiException.invalid("the json patch cannot be applied: " + e.getMessage());
        }
      }
      default ->
          throw ApiException.invalid("patchType '" + patchType + "' is not one of merge, json");
    }
    Application requested = ApplicationRequests.application(patched);
    requireSameName(ctx, requested);
    projects.requirePermitted(requested);
    return redefined(current, requested);
  }

  /** {@code stored} with the spec, labels, annotations and finalizers of {@code requested}. */
  private static Application redefined(Application stored, Application requested) {
    stored.spec = requested.spec;
    stored.metadata.labels = requested.metadata.labels;
    stored.metadata.annotations = requested.metadata.annotations;
    stored.metadata.finalizers = requested.metadata.finalizers;
    return stored;
  }

  private static void requireVersionUnchanged(Application current, JsonNode body) {
    String read = body.path("metadata").path("resourceVersion").asText("");
    if (!read.isEmpty() && !read.equals(current.metadata.resourceVersion)) {
      throw ApiException.conflict(
          "application '"
              + current.metadata.name
              + "' has changed since resourceVersion "
              + read
              + " was read (now "
              + current.metadata.resourceVersion
              + "): read it again and retry");
    }
  }

  private static void requireSameName(Context ctx, Application requested) {
    if (!ctx.pathParam("name").equals(requested.metadata.name)) {
      throw ApiException.invalid(
          "metadata.name '"
              + requested.metadata.name
              + "' differs from the application in the path, '"
              + ctx.pathParam("name")
              + "'");
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
