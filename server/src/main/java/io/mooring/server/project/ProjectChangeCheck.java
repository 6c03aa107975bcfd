package io.mooring.server.project;

import io.mooring.controller.project.ProjectPermits;
import io.mooring.model.AppProject;
import io.mooring.model.Application;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether changing an AppProject would strand Applications that use it: an app the old project
 * permitted that the new one does not (its sources or destination no longer allowed), as Argo CD
 * refuses such updates. Pure.
 */
public final class ProjectChangeCheck {
  private ProjectChangeCheck() {}

  /**
   * Why replacing {@code before} by {@code after} is refused, naming the apps; empty when no app of
   * the project loses its permission.
   */
  public static List<String> stranded(
      AppProject before, AppProject after, List<Application> applications) {
    List<String> reasons = new ArrayList<>();
    for (Application app : applications) {
      if (!before.metadata.name.equals(projectOf(app))) {
        continue;
      }
      List<String> violations = ProjectPermits.violations(app, after);
      if (ProjectPermits.violations(app, before).isEmpty() && !violations.isEmpty()) {
        reasons.addAll(violations);
      }
    }
    return reasons;
  }

  private static String projectOf(Application app) {
    return app.spec == null || app.spec.project == null || app.spec.project.isBlank()
        ? "default"
        : app.spec.project;
  }
}
