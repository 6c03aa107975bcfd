package io.mooring.server.api;

import io.javalin.http.Context;
import io.mooring.controller.compare.Comparison;
import io.mooring.controller.ports.LiveState.ClusterUnavailable;
import io.mooring.controller.ports.ManifestSource.RenderFailure;
import io.mooring.controller.views.ApplicationViews;
import io.mooring.model.Application;
import io.mooring.server.catalog.ApplicationCatalog;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.ErrorCode;
import io.mooring.server.http.Json;

/**
 * {@code GET
 * /api/v1/applications/{name}/managed-resources[?namespace=&name=&version=&group=&kind=]}: Argo
 * CD's ManagedResourcesResponse, compared as the controller compares (rendered at the target
 * revision through its repository server, live from its cluster cache). Secrets are masked.
 */
final class ManagedResourcesApi {
  private final ApplicationCatalog applications;
  private final ApplicationViews views;

  ManagedResourcesApi(ApplicationCatalog applications, ApplicationViews views) {
    this.applications = applications;
    this.views = views;
  }

  void list(Context ctx) {
    String name = ctx.pathParam("name");
    Application app =
        applications
            .get(name)
            .orElseThrow(() -> ApiException.notFound("application '" + name + "' not found"));
    Comparison comparison;
    try {
      comparison = views.managedResources(app);
    } catch (RenderFailure e) {
      throw ApiException.invalid(
          "managed resources of application '" + name + "': " + e.getMessage());
    } catch (ClusterUnavailable e) {
      throw new ApiException(
          ErrorCode.UNAVAILABLE,
          "managed resources of application '" + name + "': " + e.getMessage());
    }
    ManagedResourcesJson.Filter filter =
        new ManagedResourcesJson.Filter(
            ctx.queryParam("namespace"),
            ctx.queryParam("name"),
            ctx.queryParam("version"),
            ctx.queryParam("group"),
            ctx.queryParam("kind"));
    Json.ok(ctx, ManagedResourcesJson.of(comparison, filter));
  }
}
