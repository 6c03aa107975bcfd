package io.mooring.controller.project;

import io.mooring.model.AppProject;
import io.mooring.model.Application;
import io.mooring.model.ApplicationDestination;
import io.mooring.model.ApplicationSpec;
import java.util.List;
import java.util.Optional;

/**
 * Whether an Application may be compared and synced under its project, as Argo CD decides before
 * either: the project must exist and permit the app's source repositories and destination. Pure.
 */
public final class ProjectAdmission {
  private ProjectAdmission() {}

  /** The verdict on one Application. */
  public sealed interface Verdict {
    /** The project exists and permits the app; {@code project} is what later checks use. */
    record Admitted(AppProject project) implements Verdict {}

    /** The app may not be compared or synced; {@code message} says why (an InvalidSpecError). */
    record Refused(String message) implements Verdict {}
  }

  /** The project an Application names: {@code spec.project}, or {@code default} when unset. */
  public static String projectName(Application app) {
    return app.spec == null || app.spec.project == null || app.spec.project.isBlank()
        ? "default"
        : app.spec.project;
  }

  /**
   * Judges {@code app} under {@code project} (empty when it does not exist).
   *
   * @param destination the app's destination with server and name both resolved where a registered
   *     cluster allows it, so a project listing servers admits an app that names its cluster
   */
  public static Verdict judge(
      Application app, Optional<AppProject> project, ApplicationDestination destination) {
    if (project.isEmpty()) {
      return new Verdict.Refused(
          "application '"
              + app.metadata.name
              + "' references project '"
              + projectName(app)
              + "' which does not exist");
    }
    List<String> violations =
        ProjectPermits.violations(withDestination(app, destination), project.get());
    return violations.isEmpty()
        ? new Verdict.Admitted(project.get())
        : new Verdict.Refused(String.join("; ", violations));
  }

  /** A view of {@code app} for the permit check: the same name and sources, another destination. */
  private static Application withDestination(Application app, ApplicationDestination destination) {
    Application view = new Application();
    view.metadata = app.metadata;
    view.spec = new ApplicationSpec();
    view.spec.project = app.spec.project;
    view.spec.source = app.spec.source;
    view.spec.sources = app.spec.sources;
    view.spec.destination = destination;
    return view;
  }
}
