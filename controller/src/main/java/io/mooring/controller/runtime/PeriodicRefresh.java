package io.mooring.controller.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * When each Application is next due for a periodic refresh: {@code period} plus a random jitter up
 * to {@code jitter} after its last reconcile (Argo CD: 120 s + up to 60 s). Pure bookkeeping; a
 * ticker asks {@link #due(Instant)} and queues what it returns.
 */
public final class PeriodicRefresh {
  private final Duration period;
  private final Duration jitter;
  private final RandomGenerator random;
  private final Map<String, Instant> dueAt = new ConcurrentHashMap<>();

  public PeriodicRefresh(Duration period, Duration jitter, RandomGenerator random) {
    this.period = period;
    this.jitter = jitter;
    this.random = random;
  }

  /** Records that {@code app} was reconciled at {@code now}; its next refresh is scheduled. */
  public void reconciled(String app, Instant now) {
    long jitterMillis = jitter.isZero() ? 0 : random.nextLong(jitter.toMillis() + 1);
    dueAt.put(app, now.plus(period).plusMillis(jitterMillis));
  }

  /** Forgets a deleted Application. */
  public void forget(String app) {
    dueAt.remove(app);
  }

  /** The Applications due at {@code now}; they are not returned again until reconciled. */
  public List<String> due(Instant now) {
    List<String> due = new ArrayList<>();
    for (Map.Entry<String, Instant> entry : dueAt.entrySet()) {
      if (!entry.getValue().isAfter(now) && dueAt.remove(entry.getKey(), entry.getValue())) {
        due.add(entry.getKey());
      }
    }
    return due;
  }
}
