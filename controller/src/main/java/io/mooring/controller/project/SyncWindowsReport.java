package io.mooring.controller.project;

import io.mooring.model.AppProject;
import io.mooring.model.Application;
import io.mooring.model.SyncWindow;
import java.time.Instant;
import java.util.List;

/**
 * The sync windows of an Application at one instant, as Argo CD's ApplicationSyncWindowsResponse
 * reports them: the project's windows that apply to the app, those of them active now, and whether
 * a manual sync may start now. Pure.
 *
 * @param assigned the project's windows that apply to the app (by application, namespace or cluster
 *     glob)
 * @param active the assigned windows in force at the instant
 * @param canSync whether a manual sync may start at the instant
 */
public record SyncWindowsReport(
    List<SyncWindow> assigned, List<SyncWindow> active, boolean canSync) {
  public SyncWindowsReport {
    assigned = List.copyOf(assigned);
    active = List.copyOf(active);
  }

  /** The report of {@code app} in {@code project} at {@code now}. */
  public static SyncWindowsReport of(Application app, AppProject project, Instant now) {
    List<SyncWindow> assigned =
        project.spec == null || project.spec.syncWindows == null
            ? List.of()
            : project.spec.syncWindows.stream().filter(w -> SyncWindows.appliesTo(w, app)).toList();
    List<SyncWindow> active = assigned.stream().filter(w -> SyncWindows.isActive(w, now)).toList();
    boolean canSync = SyncWindows.blocked(app, project, now, SyncWindows.Trigger.MANUAL).isEmpty();
    return new SyncWindowsReport(assigned, active, canSync);
  }
}
