package io.mooring.server.api;

import io.javalin.http.Context;
import io.mooring.controller.ports.ManifestSource.RenderFailure;
import io.mooring.controller.views.ApplicationViews;
import io.mooring.model.Application;
import io.mooring.model.ApplicationSource;
import io.mooring.server.catalog.ApplicationCatalog;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.Json;
import io.mooring.source.git.CommitMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/applications/{name}/revisions/{revision}/metadata[?sourceIndex=N]}: Argo CD's
 * RevisionMetadata (author, date, tags, message) of a commit in the app's Git source (the first, or
 * source {@code N} of a multi-source app), read from the controller's repository mirrors. No
 * signatureInfo: Mooring does not verify commit signatures.
 */
final class RevisionMetadataApi {
  private final ApplicationCatalog applications;
  private final ApplicationViews views;

  RevisionMetadataApi(ApplicationCatalog applications, ApplicationViews views) {
    this.applications = applications;
    this.views = views;
  }

  void metadata(Context ctx) {
    String name = ctx.pathParam("name");
    String revision = ctx.pathParam("revision");
    Application app =
        applications
            .get(name)
            .orElseThrow(() -> ApiException.notFound("application '" + name + "' not found"));
    ApplicationSource source = source(app, ctx.queryParam("sourceIndex"));
    if (source.chart != null && !source.chart.isBlank()) {
      throw ApiException.invalid(
          "revision metadata of application '"
              + name
              + "': the source is the Helm chart '"
              + source.chart
              + "', not a Git repository");
    }
    CommitMetadata commit;
    try {
      commit =
          views
              .revisionMetadata(source.repoURL, revision)
              .orElseThrow(
                  () ->
                      ApiException.notFound(
                          "revision '"
                              + revision
                              + "' not found in the repository of application '"
                              + name
                              + "'"));
    } catch (RenderFailure e) {
      throw ApiException.invalid(
          "revision metadata of application '" + name + "': " + e.getMessage());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("author", commit.author());
    body.put("date", commit.date().toString());
    body.put("tags", commit.tags());
    body.put("message", commit.message());
    Json.ok(ctx, body);
  }

  private static ApplicationSource source(Application app, String sourceIndex) {
    List<ApplicationSource> sources =
        app.spec == null
            ? List.of()
            : app.spec.sources != null && !app.spec.sources.isEmpty()
                ? app.spec.sources
                : app.spec.source != null ? List.of(app.spec.source) : List.of();
    int index = 0;
    if (sourceIndex != null && !sourceIndex.isBlank()) {
      try {
        index = Integer.parseInt(sourceIndex.trim());
      } catch (NumberFormatException e) {
        throw ApiException.invalid("sourceIndex '" + sourceIndex + "' is not a number");
      }
    }
    if (index < 0 || index >= sources.size()) {
      throw ApiException.invalid(
          "application '"
              + app.metadata.name
              + "' has "
              + sources.size()
              + " source(s): sourceIndex "
              + index
              + " does not exist");
    }
    return sources.get(index);
  }
}
