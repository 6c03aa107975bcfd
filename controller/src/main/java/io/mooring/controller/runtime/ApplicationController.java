package io.mooring.controller.runtime;

import io.mooring.controller.metrics.ControllerMetrics;
import io.mooring.controller.ports.ManifestSource.Refresh;
import io.mooring.controller.queue.KeyedWorkQueue;
import io.mooring.controller.queue.WorkerPool;
import io.mooring.controller.reconcile.AppReconciler;
import io.mooring.controller.reconcile.ReconcileOutcome;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The running controller: a status queue drained by the status workers (comparisons) and an
 * operation queue drained by the operation workers (syncs), each with at most one run per
 * Application at a time, plus the periodic refresh ticker. Triggers from outside — an Application
 * changed, a managed resource changed, a new revision pushed — call {@link #refresh} or {@link
 * #operationRequested}.
 */
public final class ApplicationController implements AutoCloseable {
  private final AppReconciler reconciler;
  private final OperationRunner operations;
  private final Clock clock;
  private final ControllerMetrics metrics;
  private final KeyedWorkQueue<String> statusQueue = new KeyedWorkQueue<>("status");
  private final KeyedWorkQueue<String> operationQueue = new KeyedWorkQueue<>("operation");
  private final WorkerPool<String> statusWorkers;
  private final WorkerPool<String> operationWorkers;
  private final PeriodicRefresh periodic;
  private final Map<String, Refresh> requestedRefresh = new ConcurrentHashMap<>();
  private final AtomicLong reconciles = new AtomicLong();
  private final ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "periodic-refresh");
            thread.setDaemon(true);
            return thread;
          });

  public ApplicationController(
      AppReconciler reconciler,
      OperationRunner operations,
      ControllerSettings settings,
      Clock clock) {
    this(reconciler, operations, settings, clock, ControllerMetrics.NONE);
  }

  /** A controller reporting how long each reconcile took to {@code metrics}. */
  public ApplicationController(
      AppReconciler reconciler,
      OperationRunner operations,
      ControllerSettings settings,
      Clock clock,
      ControllerMetrics metrics) {
    this.reconciler = reconciler;
    this.operations = operations;
    this.clock = clock;
    this.metrics = metrics;
    this.periodic =
        new PeriodicRefresh(settings.refreshPeriod(), settings.refreshJitter(), new Random());
    this.statusWorkers =
        new WorkerPool<>("status", settings.statusWorkers(), statusQueue, this::reconcile);
    this.operationWorkers =
        new WorkerPool<>("operation", settings.operationWorkers(), operationQueue, this::operate);
  }

  /** Starts the workers and the periodic refresh ticker. */
  public void start() {
    statusWorkers.start();
    operationWorkers.start();
    ticker.scheduleWithFixedDelay(
        () -> periodic.due(clock.instant()).forEach(this::refresh), 1, 1, TimeUnit.SECONDS);
  }

  /** Compares {@code app} again soon (normal refresh: the manifest cache may answer). */
  public void refresh(String app) {
    refresh(app, Refresh.NORMAL);
  }

  /** Compares {@code app} again soon; a hard refresh bypasses the manifest cache. */
  public void refresh(String app, Refresh refresh) {
    requestedRefresh.merge(
        app,
        refresh,
        (a, b) -> a == Refresh.HARD || b == Refresh.HARD ? Refresh.HARD : Refresh.NORMAL);
    statusQueue.add(app);
  }

  /** An operation was requested on {@code app} (or may be pending after a restart). */
  public void operationRequested(String app) {
    operationQueue.add(app);
  }

  private void reconcile(String app) {
    Refresh refresh = requestedRefresh.remove(app);
    long started = System.nanoTime();
    ReconcileOutcome outcome =
        reconciler.reconcile(app, refresh == null ? Refresh.NORMAL : refresh);
    if (outcome instanceof ReconcileOutcome.Gone) {
      periodic.forget(app);
      return;
    }
    metrics.reconciled(app, Duration.ofNanos(System.nanoTime() - started));
    reconciles.incrementAndGet();
    periodic.reconciled(app, clock.instant());
    if (outcome instanceof ReconcileOutcome.OperationRequested) {
      operationQueue.add(app);
    } else if (outcome instanceof ReconcileOutcome.RequeueAfter later) {
      statusQueue.addAfter(app, later.after());
    }
  }

  private void operate(String app) {
    OperationRunner.StepOutcome outcome = operations.step(app);
    if (outcome instanceof OperationRunner.StepOutcome.Continue next) {
      operationQueue.addAfter(app, next.after());
    } else {
      statusQueue.add(app);
    }
  }

  /** Reconciles completed since the start (for metrics and benchmarks). */
  public long reconcileCount() {
    return reconciles.get();
  }

  /** Waiting keys in the status and operation queues (for metrics and tests). */
  public int queueDepth() {
    return statusQueue.depth() + operationQueue.depth();
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    statusWorkers.close();
    operationWorkers.close();
  }
}
