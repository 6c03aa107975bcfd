package io.mooring.sandbox.sim;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work queue every simulated controller shares: one thread, so reconciles never race each
 * other; a (controller, key) pair queued twice before it runs runs once; conflicts are retried.
 */
final class ControllerLoop implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ControllerLoop.class);
  private static final Duration RETRY = Duration.ofMillis(20);

  private record Work(Reconciler reconciler, ObjectKey key) {}

  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "sandbox-controllers");
            t.setDaemon(true);
            return t;
          });
  private final Set<Work> queued = ConcurrentHashMap.newKeySet();

  void enqueue(Reconciler reconciler, ObjectKey key) {
    enqueueAfter(reconciler, key, Duration.ZERO);
  }

  void enqueueAfter(Reconciler reconciler, ObjectKey key, Duration delay) {
    Work work = new Work(reconciler, key);
    if (delay.isZero() && !queued.add(work)) {
      return;
    }
    Runnable run =
        () -> {
          if (delay.isZero()) {
            queued.remove(work);
          }
          run(work);
        };
    if (executor.isShutdown()) {
      return;
    }
    executor.schedule(run, delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  private void run(Work work) {
    try {
      work.reconciler().reconcile(work.key());
    } catch (KubernetesClientException e) {
      if (e.getCode() == 409 || e.getCode() == 404 || e.getCode() == 0) {
        enqueueAfter(work.reconciler(), work.key(), RETRY);
      } else if (e.getCode() != 403) {
        LOG.warn(
            "{} {} failed: {}",
            work.reconciler().getClass().getSimpleName(),
            work.key(),
            e.getMessage());
        enqueueAfter(work.reconciler(), work.key(), RETRY.multipliedBy(10));
      }
    } catch (RuntimeException e) {
      if (!executor.isShutdown()) {
        LOG.warn(
            "{} {} failed: {}",
            work.reconciler().getClass().getSimpleName(),
            work.key(),
            e.toString(),
            e);
      }
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
