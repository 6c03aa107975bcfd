package io.mooring.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.mooring.controller.history.RollbackRequest.RollbackRefused;
import io.mooring.controller.operation.OperationRequests;
import io.mooring.controller.operation.OperationRequests.OperationRefused;
import io.mooring.controller.operation.SyncOrder;
import io.mooring.model.Application;
import io.mooring.server.catalog.ApplicationCatalog;
import io.mooring.server.catalog.ApplicationWriter;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.Json;
import io.mooring.server.project.ProjectGuard;
import java.time.Clock;
import java.util.Map;

/**
 * Operations on an Application, requested as Argo CD's API requests them (the controller runs
 * them): sync, rollback to a history entry, and terminating the running operation.
 */
final class ApplicationOperationApi {
  private final ApplicationCatalog applications;
  private final ApplicationUpdates updates;
  private final ProjectGuard projects;
  private final Clock clock;

  ApplicationOperationApi(
      ApplicationCatalog applications,
      ApplicationWriter writer,
      ProjectGuard projects,
      Clock clock) {
    this.applications = applications;
    this.updates = new ApplicationUpdates(writer);
    this.projects = projects;
    this.clock = clock;
  }

  /**
   * {@code POST /api/v1/applications/{name}/sync} with Argo CD's ApplicationSyncRequest body
   * (revision, prune, dryRun, resources, syncOptions.items); refused when the project no longer
   * permits the app, a sync window blocks manual syncs now (403), or another operation is in
   * progress. The request is written on the app as stored now, retried when the controller writes
   * the app meanwhile.
   */
  void sync(Context ctx) {
    Application app = existing(ctx.pathParam("name"));
    projects.requireManualSyncAllowed(app, clock.instant());
    JsonNode body = ctx.body().isBlank() ? Json.empty() : Json.objectBody(ctx);
    SyncOrder order = ApplicationRequests.syncOrder(body);
    String user = Callers.of(ctx).subject();
    Json.ok(ctx, updates.update(app.metadata.name, current -> syncRequested(current, order, user)));
  }

  /**
   * {@code POST /api/v1/applications/{name}/rollback} with {@code {id, prune, dryRun}}: a sync to
   * history entry {@code id}; refused under automated sync with the controller's message.
   */
  void rollback(Context ctx) {
    Application app = existing(ctx.pathParam("name"));
    JsonNode body = Json.objectBody(ctx);
    JsonNode id = body.get("id");
    if (id == null || !id.canConvertToLong() && !id.asText().matches("\\d+")) {
      throw ApiException.invalid("field 'id' is required: the history id to roll back to");
    }
    String user = Callers.of(ctx).subject();
    Json.ok(
        ctx,
        updates.update(
            app.metadata.name, current -> rollbackRequested(current, id.asLong(), body, user)));
  }

  /** {@code DELETE /api/v1/applications/{name}/operation}: asks the running operation to stop. */
  void terminate(Context ctx) {
    Application app = existing(ctx.pathParam("name"));
    updates.updateStatus(app.metadata.name, ApplicationOperationApi::terminateRequested);
    Json.ok(ctx, Map.of());
  }

  private static Application syncRequested(Application app, SyncOrder order, String user) {
    try {
      return OperationRequests.sync(app, order, user);
    } catch (OperationRefused e) {
      throw ApiException.unprocessable(e.getMessage());
    }
  }

  private static Application rollbackRequested(
      Application app, long id, JsonNode body, String user) {
    try {
      Application requested = OperationRequests.rollback(app, id, user);
      if (body.path("prune").asBoolean(false)) {
        requested.operation.sync.prune = Boolean.TRUE;
      }
      if (body.path("dryRun").asBoolean(false)) {
        requested.operation.sync.dryRun = Boolean.TRUE;
      }
      return requested;
    } catch (RollbackRefused e) {
      throw ApiException.invalid(e.getMessage());
    }
  }

  private static Application terminateRequested(Application app) {
    try {
      return OperationRequests.terminate(app);
    } catch (OperationRefused e) {
      throw ApiException.unprocessable(e.getMessage());
    }
  }

  private Application existing(String name) {
    return applications
        .get(name)
        .orElseThrow(() -> ApiException.notFound("application '" + name + "' not found"));
  }
}
