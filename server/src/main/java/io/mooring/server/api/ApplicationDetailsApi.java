package io.mooring.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.mooring.controller.ports.LiveState.ClusterUnavailable;
import io.mooring.controller.ports.ManifestSource;
import io.mooring.controller.ports.ManifestSource.RenderFailure;
import io.mooring.controller.ports.ManifestSource.RenderRequest;
import io.mooring.controller.ports.RenderedApp;
import io.mooring.controller.views.ApplicationViews;
import io.mooring.engine.diff.DiffOptions;
import io.mooring.engine.diff.SecretMasks;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.server.catalog.ApplicationCatalog;
import io.mooring.server.catalog.EventLog;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.ErrorCode;
import io.mooring.server.http.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an Application is made of and what happened to it: its manifests, its resource tree and its
 * Events.
 */
final class ApplicationDetailsApi {
  private final ApplicationCatalog applications;
  private final ApplicationViews views;
  private final EventLog events;

  ApplicationDetailsApi(ApplicationCatalog applications, ApplicationViews views, EventLog events) {
    this.applications = applications;
    this.views = views;
    this.events = events;
  }

  /**
   * {@code GET /api/v1/applications/{name}/manifests[?revision=R]}: the manifests rendered at
   * {@code R} (default: the spec's targetRevision), as Argo CD's ManifestResponse (each manifest a
   * JSON string). A Secret's values are masked, as Argo CD does. A rendering failure is a 400 with
   * the repository server's message.
   */
  void manifests(Context ctx) {
    Application app = existing(ctx.pathParam("name"));
    String revision = ctx.queryParam("revision");
    RenderRequest request =
        revision == null || revision.isBlank()
            ? RenderRequest.ofSpec(app, ManifestSource.Refresh.NORMAL)
            : new RenderRequest(
                app, List.of(), List.of(revision.trim()), ManifestSource.Refresh.NORMAL);
    RenderedApp rendered;
    try {
      rendered = views.manifests().render(request);
    } catch (RenderFailure e) {
      throw ApiException.invalid(
          "manifests of application '"
              + app.metadata.name
              + "' cannot be rendered: "
              + e.getMessage());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(
        "manifests",
        rendered.objects().stream()
            .map(object -> SecretMasks.mask(object, null, DiffOptions.DEFAULT).desired())
            .map(ModelCodec::toJson)
            .toList());
    body.put("revision", rendered.revision());
    if (app.spec.destination != null) {
      body.put("namespace", app.spec.destination.namespace);
      body.put("server", app.spec.destination.server);
    }
    Json.ok(ctx, body);
  }

  /**
   * {@code GET /api/v1/applications/{name}/resource-tree}: Argo CD's ApplicationTree — the app's
   * live objects and what they own (Deployment → ReplicaSet → Pod, Job → Pod, ...), with parent
   * references, health, info and images, read from the destination cluster's cache (no API calls),
   * plus a bare node for each managed resource that is missing. 503 while the cache is not synced.
   */
  void resourceTree(Context ctx) {
    Application app = existing(ctx.pathParam("name"));
    Json.ok(ctx, tree(views, app));
  }

  /** The ApplicationTree of {@code app}; a cluster that cannot be read is a 503. */
  static Map<String, Object> tree(ApplicationViews views, Application app) {
    try {
      return ApplicationTreeJson.of(app, views.tree(app), views.orphanedResources(app));
    } catch (ClusterUnavailable e) {
      throw new ApiException(
          ErrorCode.UNAVAILABLE,
          "resource tree of application '" + app.metadata.name + "': " + e.getMessage());
    }
  }

  /** {@code GET /api/v1/applications/{name}/events}: the Events about the app, oldest first. */
  void events(Context ctx) {
    Application app = existing(ctx.pathParam("name"));
    List<ObjectNode> items = events.about("Application", app.metadata.name);
    Json.ok(ctx, Map.of("metadata", Map.of(), "items", items));
  }

  private Application existing(String name) {
    return applications
        .get(name)
        .orElseThrow(() -> ApiException.notFound("application '" + name + "' not found"));
  }
}
