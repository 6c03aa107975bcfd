package io.mooring.model.validation;

import static io.mooring.model.validation.SourceRules.isBlank;

import io.mooring.model.AppProject;
import io.mooring.model.ApplicationDestination;
import io.mooring.model.SyncWindow;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/** Validation rules for an AppProject. */
final class AppProjectRules {
  private AppProjectRules() {}

  static void check(AppProject project, ProblemList problems) {
    MetadataRules.check(project.metadata, problems);
    if (project.spec == null) {
      return;
    }
    checkDestinations(project.spec.destinations, problems);
    checkSyncWindows(project.spec.syncWindows, problems);
  }

  private static void checkDestinations(
      List<ApplicationDestination> destinations, ProblemList problems) {
    if (destinations == null) {
      return;
    }
    for (int i = 0; i < destinations.size(); i++) {
      ApplicationDestination destination = destinations.get(i);
      String path = "spec.destinations[" + i + "]";
      if (destination == null || (isBlank(destination.server) && isBlank(destination.name))) {
        problems.add(path, "needs server or name ('*' matches every cluster)");
      }
    }
  }

  private static void checkSyncWindows(List<SyncWindow> windows, ProblemList problems) {
    if (windows == null) {
      return;
    }
    for (int i = 0; i < windows.size(); i++) {
      SyncWindow window = windows.get(i);
      String path = "spec.syncWindows[" + i + "]";
      if (window == null) {
        problems.add(path, "is empty");
        continue;
      }
      if (!"allow".equals(window.kind) && !"deny".equals(window.kind)) {
        problems.add(path + ".kind", "'" + window.kind + "' is not allowed; use allow or deny");
      }
      if (isBlank(window.schedule)) {
        problems.add(path + ".schedule", "is required: a cron schedule such as '10 1 * * *'");
      } else {
        String error = CronSchedules.errorFor(window.schedule);
        if (error != null) {
          problems.add(path + ".schedule", error);
        }
      }
      if (isBlank(window.duration)) {
        problems.add(path + ".duration", "is required: how long the window lasts, such as 1h");
      } else if (!GoDurations.isGoDuration(window.duration)) {
        problems.add(
            path + ".duration",
            "'"
                + window.duration
                + "' is not a duration: use a number with a unit such as 30m or 1h");
      }
      if (!isBlank(window.timeZone)) {
        try {
          ZoneId.of(window.timeZone);
        } catch (DateTimeException e) {
          problems.add(
              path + ".timeZone",
              "'" + window.timeZone + "' is not a time zone such as Europe/Berlin");
        }
      }
    }
  }
}
