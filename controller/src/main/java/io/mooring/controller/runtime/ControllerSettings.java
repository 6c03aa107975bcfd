package io.mooring.controller.runtime;

import java.time.Duration;

/**
 * Tunables of the controller, with Argo CD's defaults.
 *
 * @param statusWorkers reconciles (comparisons) running at once
 * @param operationWorkers sync operations running at once
 * @param refreshPeriod periodic refresh of every Application
 * @param refreshJitter random extra delay added to each periodic refresh
 */
public record ControllerSettings(
    int statusWorkers, int operationWorkers, Duration refreshPeriod, Duration refreshJitter) {

  /** Argo CD's defaults: 20 status and 10 operation workers, refresh every 120 s + up to 60 s. */
  public static ControllerSettings defaults() {
    return new ControllerSettings(20, 10, Duration.ofSeconds(120), Duration.ofSeconds(60));
  }

  public ControllerSettings {
    if (statusWorkers < 1 || operationWorkers < 1) {
      throw new IllegalArgumentException("status and operation workers must be at least 1");
    }
  }
}
