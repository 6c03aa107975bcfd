package io.mooring.controller.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed number of worker threads draining a {@link KeyedWorkQueue}. A handler that throws is
 * logged and the key is released; it never kills a worker.
 */
public final class WorkerPool<K> implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WorkerPool.class);
  private final List<Thread> threads = new ArrayList<>();
  private final KeyedWorkQueue<K> queue;

  public WorkerPool(String name, int workers, KeyedWorkQueue<K> queue, Consumer<K> handler) {
    if (workers < 1) {
      throw new IllegalArgumentException(name + ": need at least one worker, got " + workers);
    }
    this.queue = queue;
    for (int i = 0; i < workers; i++) {
      Thread thread = new Thread(() -> drain(handler), name + "-" + i);
      thread.setDaemon(true);
      threads.add(thread);
    }
  }

  /** Starts the workers. */
  public void start() {
    threads.forEach(Thread::start);
  }

  private void drain(Consumer<K> handler) {
    while (true) {
      K key;
      try {
        key = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (key == null) {
        return;
      }
      try {
        handler.accept(key);
      } catch (RuntimeException e) {
        LOG.error("[{}] unexpected error while processing: {}", key, e.toString(), e);
      } finally {
        queue.done(key);
      }
    }
  }

  /** Closes the queue and waits briefly for the workers to finish their current key. */
  @Override
  public void close() {
    queue.close();
    for (Thread thread : threads) {
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
