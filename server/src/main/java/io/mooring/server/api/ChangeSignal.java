package io.mooring.server.api;

import java.time.Duration;

/**
 * A flag that many threads raise and one stream waits on. Changes that arrive while the stream
 * settles (or while it is busy sending) coalesce into one wake-up, so a burst of resource events
 * yields one new tree, not one per event.
 */
final class ChangeSignal {
  /** What {@link #await} saw. */
  enum Wake {
    /** A change was marked (and the settle time has passed). */
    CHANGED,
    /** Nothing changed within the idle time. */
    IDLE,
    /** The signal was closed. */
    CLOSED
  }

  private boolean changed;
  private boolean closed;

  /** Something changed. */
  synchronized void mark() {
    changed = true;
    notifyAll();
  }

  /** The stream ends: wakes the waiter for good. */
  synchronized void close() {
    closed = true;
    notifyAll();
  }

  /**
   * Waits until a change is marked, then {@code settle} longer so that further changes join it;
   * gives up after {@code idle} without a change.
   */
  synchronized Wake await(Duration settle, Duration idle) throws InterruptedException {
    long idleEnd = System.nanoTime() + idle.toNanos();
    while (!changed && !closed) {
      long left = idleEnd - System.nanoTime();
      if (left <= 0) {
        return Wake.IDLE;
      }
      waitNanos(left);
    }
    long settleEnd = System.nanoTime() + settle.toNanos();
    while (!closed) {
      long left = settleEnd - System.nanoTime();
      if (left <= 0) {
        break;
      }
      waitNanos(left);
    }
    if (closed) {
      return Wake.CLOSED;
    }
    changed = false;
    return Wake.CHANGED;
  }

  private void waitNanos(long nanos) throws InterruptedException {
    long millis = Math.max(1, nanos / 1_000_000);
    wait(millis);
  }
}
