package io.mooring.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.mooring.controller.ports.ManifestSource;
import io.mooring.controller.ports.ManifestSource.RenderFailure;
import io.mooring.controller.ports.ManifestSource.RenderRequest;
import io.mooring.controller.ports.RenderedApp;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.model.ResourceStatus;
import io.mooring.server.catalog.ApplicationCatalog;
import io.mooring.server.catalog.EventLog;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an Application is made of and what happened to it: its manifests and its Events. */
final class ApplicationDetailsApi {
  private final ApplicationCatalog applications;
  private final ManifestSource manifests;
  private final EventLog events;

  ApplicationDetailsApi(
      ApplicationCatalog applications, ManifestSource manifests, EventLog events) {
    this.applications = applications;
    this.manifests = manifests;
    this.events = events;
  }

  /**
   * {@code GET /api/v1/applications/{name}/manifests[?revision=R]}: the manifests rendered at
   * {@code R} (default: the spec's targetRevision), as Argo CD's ManifestResponse (each manifest a
   * JSON string). A rendering failure is a 400 with the repository server's message.
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
      rendered = manifests.render(request);
    } catch (RenderFailure e) {
      throw ApiException.invalid(
          "manifests of application '"
              + app.metadata.name
              + "' cannot be rendered: "
              + e.getMessage());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("manifests", rendered.objects().stream().map(ModelCodec::toJson).toList());
    body.put("revision", rendered.revision());
    if (app.spec.destination != null) {
      body.put("namespace", app.spec.destination.namespace);
      body.put("server", app.spec.destination.server);
    }
    Json.ok(ctx, body);
  }

  /**
   * {@code GET /api/v1/applications/{name}/resource-tree}: the app's managed resources as Argo CD's
   * ApplicationTree nodes (group, version, kind, namespace, name, health), from its status. Child
   * resources the cluster creates (ReplicaSets, Pods) are not included yet: they live in the
   * controller's cluster cache, which the API cannot read.
   */
  void resourceTree(Context ctx) {
    Application app = existing(ctx.pathParam("name"));
    List<Map<String, Object>> nodes = new ArrayList<>();
    if (app.status != null && app.status.resources != null) {
      for (ResourceStatus resource : app.status.resources) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("group", resource.group == null ? "" : resource.group);
        node.put("version", resource.version);
        node.put("kind", resource.kind);
        node.put("namespace", resource.namespace == null ? "" : resource.namespace);
        node.put("name", resource.name);
        if (resource.health != null) {
          node.put("health", resource.health);
        }
        nodes.add(node);
      }
    }
    Json.ok(ctx, Map.of("nodes", nodes, "orphanedNodes", List.of(), "hosts", List.of()));
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
