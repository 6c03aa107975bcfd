package io.mooring.server.project;

import io.mooring.controller.project.ProjectPermits;
import io.mooring.controller.project.SyncWindows;
import io.mooring.model.AppProject;
import io.mooring.model.Application;
import io.mooring.server.catalog.ProjectCatalog;
import io.mooring.server.http.ApiException;
import java.time.Instant;
import java.util.List;

/** Refuses (400) an Application its AppProject does not permit, naming every violation. */
public final class ProjectGuard {
  private final ProjectCatalog projects;

  public ProjectGuard(ProjectCatalog projects) {
    this.projects = projects;
  }

  /**
   * Throws when {@code app}'s project is missing or does not permit it, or (403) when its sync
   * windows block a manual sync at {@code now}.
   */
  public void requireManualSyncAllowed(Application app, Instant now) {
    requirePermitted(app);
    AppProject project = projects.get(projectName(app)).orElseThrow();
    SyncWindows.blocked(app, project, now, SyncWindows.Trigger.MANUAL)
        .ifPresent(
            reason -> {
              throw ApiException.denied(reason);
            });
  }

  /** Throws when {@code app}'s project is missing or does not permit it. */
  public void requirePermitted(Application app) {
    String name = projectName(app);
    AppProject project =
        projects
            .get(name)
            .orElseThrow(
                () ->
                    ApiException.invalid(
                        "application '"
                            + app.metadata.name
                            + "' references project '"
                            + name
                            + "' which does not exist"));
    List<String> violations = ProjectPermits.violations(app, project);
    if (!violations.isEmpty()) {
      throw ApiException.invalid(String.join("; ", violations));
    }
  }

  private static String projectName(Application app) {
    return app.spec == null || app.spec.project == null || app.spec.project.isBlank()
        ? "default"
        : app.spec.project;
  }
}
