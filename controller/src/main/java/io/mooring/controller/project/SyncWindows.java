package io.mooring.controller.project;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import io.mooring.controller.automation.GoDuration;
import io.mooring.engine.match.ArgoGlob;
import io.mooring.model.AppProject;
import io.mooring.model.Application;
import io.mooring.model.ApplicationDestination;
import io.mooring.model.SyncWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether an AppProject's sync windows let an Application sync now, as Argo CD decides it. A window
 * applies to an app when one of its {@code applications}, {@code namespaces} or {@code clusters}
 * globs matches; it is active from each time its cron schedule fires for its duration (in its time
 * zone, default UTC). An active deny window blocks (a manual sync passes when a window in force
 * allows manual syncs); otherwise, if allow windows apply but none is active, syncing waits for one
 * (again, manual syncs pass when an allow window says {@code manualSync}). Pure.
 */
public final class SyncWindows {
  private static final CronParser CRON =
      new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
  private static final Map<String, String> DESCRIPTORS =
      Map.of(
          "@yearly", "0 0 1 1 *",
          "@annually", "0 0 1 1 *",
          "@monthly", "0 0 1 * *",
          "@weekly", "0 0 * * 0",
          "@daily", "0 0 * * *",
          "@midnight", "0 0 * * *",
          "@hourly", "0 * * * *");

  /** Who asks for the sync. */
  public enum Trigger {
    MANUAL,
    AUTOMATED
  }

  private SyncWindows() {}

  /** Why {@code app} may not sync at {@code now}; empty when it may. */
  public static Optional<String> blocked(
      Application app, AppProject project, Instant now, Trigger trigger) {
    List<SyncWindow> applying = applying(app, project);
    List<SyncWindow> active = applying.stream().filter(w -> isActive(w, now)).toList();
    boolean manual = trigger == Trigger.MANUAL;
    List<SyncWindow> activeDeny = active.stream().filter(w -> "deny".equals(w.kind)).toList();
    if (!activeDeny.isEmpty()) {
      return manual && anyManual(active)
          ? Optional.empty()
          : Optional.of(
              "cannot sync application '"
                  + app.metadata.name
                  + "': blocked by a deny sync window of project '"
                  + project.metadata.name
                  + "' (schedule '"
                  + activeDeny.get(0).schedule
                  + "', duration "
                  + activeDeny.get(0).duration
                  + ")");
    }
    if (active.stream().anyMatch(w -> "allow".equals(w.kind))) {
      return Optional.empty();
    }
    List<SyncWindow> inactiveAllow = applying.stream().filter(w -> "allow".equals(w.kind)).toList();
    if (!inactiveAllow.isEmpty() && !(manual && anyManual(inactiveAllow))) {
      return Optional.of(
          "cannot sync application '"
              + app.metadata.name
              + "': outside every allow sync window of project '"
              + project.metadata.name
              + "'");
    }
    return Optional.empty();
  }

  private static boolean anyManual(List<SyncWindow> windows) {
    return windows.stream().anyMatch(w -> Boolean.TRUE.equals(w.manualSync));
  }

  /**
   * The first moment after {@code now} at which a window applying to {@code app} opens or closes:
   * until then {@link #blocked} gives the same answer. Empty when no window applies.
   */
  public static Optional<Instant> nextChange(Application app, AppProject project, Instant now) {
    Optional<Instant> next = Optional.empty();
    for (SyncWindow window : applying(app, project)) {
      ZonedDateTime at = now.atZone(zone(window));
      ExecutionTime schedule = schedule(window);
      Optional<ZonedDateTime> start = schedule.nextExecution(at);
      Optional<ZonedDateTime> end =
          schedule
              .lastExecution(at.plusSeconds(1))
              .map(last -> last.plus(duration(window)))
              .filter(e -> e.isAfter(at));
      for (Optional<ZonedDateTime> candidate : List.of(start, end)) {
        if (candidate.isPresent()
            && (next.isEmpty() || candidate.get().toInstant().isBefore(next.get()))) {
          next = Optional.of(candidate.get().toInstant());
        }
      }
    }
    return next;
  }

  /** Whether {@code window} is in force at {@code now} (its schedule fired within its duration). */
  public static boolean isActive(SyncWindow window, Instant now) {
    ZonedDateTime at = now.atZone(zone(window));
    Optional<ZonedDateTime> last = schedule(window).lastExecution(at.plusSeconds(1));
    return last.isPresent()
        && !at.isBefore(last.get())
        && at.isBefore(last.get().plus(duration(window)));
  }

  private static List<SyncWindow> applying(Application app, AppProject project) {
    return project.spec == null || project.spec.syncWindows == null
        ? List.of()
        : project.spec.syncWindows.stream().filter(w -> appliesTo(w, app)).toList();
  }

  private static ExecutionTime schedule(SyncWindow window) {
    String schedule = window.schedule == null ? "" : window.schedule.trim();
    return ExecutionTime.forCron(CRON.parse(DESCRIPTORS.getOrDefault(schedule, schedule)));
  }

  private static Duration duration(SyncWindow window) {
    return GoDuration.parse(window.duration, Duration.ZERO);
  }

  private static ZoneId zone(SyncWindow window) {
    return window.timeZone == null || window.timeZone.isBlank()
        ? ZoneId.of("UTC")
        : ZoneId.of(window.timeZone);
  }

  static boolean appliesTo(SyncWindow window, Application app) {
    ApplicationDestination destination = app.spec == null ? null : app.spec.destination;
    return anyMatch(window.applications, app.metadata.name)
        || (destination != null && anyMatch(window.namespaces, destination.namespace))
        || (destination != null
            && (anyMatch(window.clusters, destination.server)
                || anyMatch(window.clusters, destination.name)));
  }

  private static boolean anyMatch(List<String> patterns, String value) {
    return patterns != null
        && value != null
        && patterns.stream().anyMatch(p -> ArgoGlob.matches(value, p));
  }
}
