package io.mooring.controller.reconcile;

import io.mooring.controller.project.SyncWindows;
import io.mooring.model.AppProject;
import io.mooring.model.Application;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds automated syncs (and self-heal) back while the project's sync windows block them. Argo CD
 * shows no condition for this: the reason is logged (at INFO once per window, then at DEBUG), and
 * the app is looked at again when a window next opens or closes; one re-check per app and boundary
 * is scheduled, however often the app is reconciled meanwhile.
 */
final class SyncWindowGate {
  private static final Logger LOG = LoggerFactory.getLogger(SyncWindowGate.class);
  private static final Duration SLACK = Duration.ofSeconds(1);
  private final Map<String, Instant> scheduled = new ConcurrentHashMap<>();

  /**
   * What to do instead of an automated sync of {@code app} at {@code now}; empty when the windows
   * let it through.
   */
  Optional<ReconcileOutcome> hold(Application app, AppProject project, Instant now) {
    String name = app.metadata.name;
    Optional<String> blocked =
        SyncWindows.blocked(app, project, now, SyncWindows.Trigger.AUTOMATED);
    if (blocked.isEmpty()) {
      scheduled.remove(name);
      return Optional.empty();
    }
    Optional<Instant> boundary = SyncWindows.nextChange(app, project, now);
    Instant recheck = boundary.orElse(Instant.MAX);
    Instant before = scheduled.put(name, recheck);
    if (recheck.equals(before)) {
      LOG.debug("[{}] automated sync waits: {}", name, blocked.get());
      return Optional.of(new ReconcileOutcome.Done());
    }
    LOG.info(
        "[{}] automated sync waits: {}{}",
        name,
        blocked.get(),
        boundary.map(b -> "; looking again at " + b).orElse(""));
    return Optional.of(
        boundary.isEmpty()
            ? new ReconcileOutcome.Done()
            : new ReconcileOutcome.RequeueAfter(Duration.between(now, recheck).plus(SLACK)));
  }

  /** Forgets an Application that is gone. */
  void forget(String name) {
    scheduled.remove(name);
  }
}
