package io.mooring.cli;

import io.mooring.cli.client.ApplicationsApi;
import io.mooring.cli.client.ClientException;
import io.mooring.model.Application;
import io.mooring.model.ApplicationSpec;
import io.mooring.model.ModelCodec;
import java.util.function.Consumer;

/**
 * Changes an Application's spec the safe way: GET it, change a copy, PUT it back with the
 * resourceVersion it was read at; when someone else changed it meanwhile (409: the controller
 * writes status often), read it again and re-apply the change, a few times, pausing a little longer
 * each time.
 */
final class SpecUpdate {
  private static final int ATTEMPTS = 5;
  private static final long PAUSE_MILLIS = 100;

  /** Whether the spec changed. */
  enum Outcome {
    UPDATED,
    UNCHANGED
  }

  private SpecUpdate() {}

  static Outcome apply(ApplicationsApi apps, String name, Consumer<ApplicationSpec> change) {
    for (int attempt = 1; ; attempt++) {
      Application current = apps.get(name);
      Application changed = ModelCodec.copy(current);
      if (changed.spec == null) {
        changed.spec = new ApplicationSpec();
      }
      change.accept(changed.spec);
      if (ModelCodec.toTree(changed.spec).equals(ModelCodec.toTree(current.spec))) {
        return Outcome.UNCHANGED;
      }
      changed.status = null;
      changed.operation = null;
      try {
        apps.update(changed);
        return Outcome.UPDATED;
      } catch (ClientException e) {
        if (e.status() != 409 || attempt == ATTEMPTS) {
          throw e;
        }
        pause(attempt, e);
      }
    }
  }

  /** Waits before the next attempt; interrupted, gives up with the conflict that was retried. */
  private static void pause(int attempt, ClientException conflict) {
    try {
      Thread.sleep(PAUSE_MILLIS * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw conflict;
    }
  }
}
