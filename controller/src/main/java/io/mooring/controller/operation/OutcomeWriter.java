package io.mooring.controller.operation;

import io.mooring.controller.ports.ApplicationStore;
import io.mooring.controller.ports.ApplicationStore.StaleApplication;
import io.mooring.engine.sync.SyncState;
import io.mooring.model.Application;
import io.mooring.model.OperationState;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

/**
 * Persists what a step's tasks did. Once tasks have run their outcome must not be lost: when the
 * write races with another writer (the status reconciler, or a user asking to terminate), the
 * Application is read again and the outcome written onto it — keeping a requested Terminating —
 * instead of being dropped and the tasks run a second time.
 */
final class OutcomeWriter {
  private static final int ATTEMPTS = 10;
  private static final Duration CACHE_LAG = Duration.ofSeconds(2);
  private static final Duration POLL = Duration.ofMillis(10);

  private final ApplicationStore store;

  OutcomeWriter(ApplicationStore store) {
    this.store = store;
  }

  /**
   * Writes {@code outcome} into {@code app}'s operation state.
   *
   * @throws StaleApplication when the operation itself changed meanwhile (another operation, or
   *     none), or the write kept racing
   */
  Application save(Application app, SyncState outcome) throws StaleApplication {
    Application current = app;
    for (int attempt = 1; ; attempt++) {
      OperationState state = current.status.operationState;
      boolean terminating = "Terminating".equals(state.phase);
      OperationStates.write(terminating ? outcome.terminate() : outcome, state);
      try {
        return store.update(current);
      } catch (StaleApplication e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        current = newerThan(current, app);
      }
    }
  }

  /** The stored Application once the cache holds a version newer than {@code seen}. */
  private Application newerThan(Application seen, Application original) throws StaleApplication {
    long deadline = System.nanoTime() + CACHE_LAG.toNanos();
    while (System.nanoTime() < deadline) {
      Application fresh =
          store
              .get(seen.metadata.name)
              .orElseThrow(() -> new StaleApplication(seen.metadata.name + " was deleted"));
      if (!Objects.equals(fresh.metadata.resourceVersion, seen.metadata.resourceVersion)) {
        if (fresh.status == null
            || fresh.status.operationState == null
            || !OperationLifecycle.sameOperation(
                fresh.status.operationState, original.status.operationState.operation)) {
          throw new StaleApplication(
              "the operation of " + seen.metadata.name + " changed while its tasks ran");
        }
        return fresh;
      }
      LockSupport.parkNanos(POLL.toNanos());
    }
    throw new StaleApplication(
        "no newer version of " + seen.metadata.name + " arrived after a write conflict");
  }
}
