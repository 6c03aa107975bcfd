package io.mooring.controller.queue;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A work queue of keys (application names) with at most one worker per key at a time. Adding a key
 * that is already waiting does nothing; adding a key that is being processed marks it dirty, and it
 * is queued again once the current run finishes — so events that arrive during a run are merged
 * into one more run, never lost and never run concurrently.
 *
 * <p>Workers call {@link #take()} and then {@link #done(Object)} when finished with the key.
 */
public final class KeyedWorkQueue<K> implements AutoCloseable {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition available = lock.newCondition();
  private final LinkedHashSet<K> queued = new LinkedHashSet<>();
  private final Set<K> processing = new HashSet<>();
  private final Set<K> dirty = new HashSet<>();
  private final ScheduledExecutorService delays;
  private boolean shutdown;

  public KeyedWorkQueue(String name) {
    this.delays =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, name + "-delays");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Queues {@code key} now (or marks it for one more run if it is being processed). */
  public void add(K key) {
    lock.lock();
    try {
      if (shutdown) {
        return;
      }
      if (processing.contains(key)) {
        dirty.add(key);
      } else if (queued.add(key)) {
        available.signal();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Queues {@code key} after {@code delay}. */
  public void addAfter(K key, Duration delay) {
    if (delay.isZero() || delay.isNegative()) {
      add(key);
      return;
    }
    lock.lock();
    try {
      if (shutdown) {
        return;
      }
    } finally {
      lock.unlock();
    }
    delays.schedule(() -> add(key), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Waits for a key and marks it as being processed. Returns null once the queue is shut down.
   *
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public K take() throws InterruptedException {
    lock.lock();
    try {
      while (queued.isEmpty() && !shutdown) {
        available.await();
      }
      if (shutdown) {
        return null;
      }
      K key = queued.iterator().next();
      queued.remove(key);
      processing.add(key);
      return key;
    } finally {
      lock.unlock();
    }
  }

  /** Marks {@code key} as finished; if it was added meanwhile, it is queued again. */
  public void done(K key) {
    lock.lock();
    try {
      processing.remove(key);
      if (dirty.remove(key) && !shutdown && queued.add(key)) {
        available.signal();
      }
    } finally {
      lock.unlock();
    }
  }

  /** The number of keys waiting (not counting keys being processed). */
  public int depth() {
    lock.lock();
    try {
      return queued.size();
    } finally {
      lock.unlock();
    }
  }

  /** Stops handing out keys; workers blocked in {@link #take()} return null. */
  @Override
  public void close() {
    lock.lock();
    try {
      shutdown = true;
      queued.clear();
      dirty.clear();
      available.signalAll();
    } finally {
      lock.unlock();
    }
    delays.shutdownNow();
  }
}
