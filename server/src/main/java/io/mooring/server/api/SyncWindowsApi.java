package io.mooring.server.api;

import io.javalin.http.Context;
import io.mooring.controller.project.SyncWindowsReport;
import io.mooring.model.AppProject;
import io.mooring.model.Application;
import io.mooring.model.SyncWindow;
import io.mooring.server.catalog.ApplicationCatalog;
import io.mooring.server.catalog.ProjectCatalog;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.Json;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/applications/{name}/syncwindows}: Argo CD's ApplicationSyncWindowsResponse —
 * the project's windows assigned to the app, those active now, and whether a manual sync may start
 * now.
 */
final class SyncWindowsApi {
  private final ApplicationCatalog applications;
  private final ProjectCatalog projects;
  private final Clock clock;

  SyncWindowsApi(ApplicationCatalog applications, ProjectCatalog projects, Clock clock) {
    this.applications = applications;
    this.projects = projects;
    this.clock = clock;
  }

  void get(Context ctx) {
    String name = ctx.pathParam("name");
    Application app =
        applications
            .get(name)
            .orElseThrow(() -> ApiException.notFound("application '" + name + "' not found"));
    String projectName =
        app.spec == null || app.spec.project == null || app.spec.project.isBlank()
            ? "default"
            : app.spec.project;
    AppProject project =
        projects
            .get(projectName)
            .orElseThrow(
                () ->
                    ApiException.notFound(
                        "application '"
                            + name
                            + "' references project '"
                            + projectName
                            + "' which does not exist"));
    SyncWindowsReport report = SyncWindowsReport.of(app, project, clock.instant());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("activeWindows", windows(report.active()));
    body.put("assignedWindows", windows(report.assigned()));
    body.put("canSync", report.canSync());
    Json.ok(ctx, body);
  }

  private static List<Map<String, Object>> windows(List<SyncWindow> windows) {
    return windows.stream()
        .map(
            w -> {
              Map<String, Object> json = new LinkedHashMap<>();
              json.put("kind", w.kind);
              json.put("schedule", w.schedule);
              json.put("duration", w.duration);
              json.put("manualSync", Boolean.TRUE.equals(w.manualSync));
              if (w.timeZone != null && !w.timeZone.isBlank()) {
                json.put("timeZone", w.timeZone);
              }
              return json;
            })
        .toList();
  }
}
