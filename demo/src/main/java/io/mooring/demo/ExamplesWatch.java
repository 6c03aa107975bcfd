package io.mooring.demo;

import io.mooring.model.Application;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Looks at the controller's Applications twice a second until the example apps have settled (see
 * {@link ExampleStatus}), tells {@code whenSettled} their names once, and stops.
 */
final class ExamplesWatch implements AutoCloseable {
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "demo-examples-watch");
            thread.setDaemon(true);
            return thread;
          });
  private final AtomicBoolean told = new AtomicBoolean();

  ExamplesWatch(
      String root, Supplier<List<Application>> applications, Consumer<List<String>> whenSettled) {
    timer.scheduleWithFixedDelay(
        () -> check(root, applications, whenSettled), 500, 500, TimeUnit.MILLISECONDS);
  }

  private void check(
      String root, Supplier<List<Application>> applications, Consumer<List<String>> whenSettled) {
    try {
      ExampleStatus.settled(root, applications.get())
          .filter(names -> told.compareAndSet(false, true))
          .ifPresent(
              names -> {
                whenSettled.accept(names);
                timer.shutdown();
              });
    } catch (RuntimeException e) {
      // the Applications are being written meanwhile: look again at the next tick
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
