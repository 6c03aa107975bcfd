package io.mooring.sandbox.sim;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Timestamps for status conditions, in the format the API server writes. */
final class Conditions {
  private Conditions() {}

  static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** The earlier transition time when the condition's status did not change, else now. */
  static String transitionTime(String previousStatus, String previousTime, String newStatus) {
    return newStatus.equals(previousStatus) && previousTime != null ? previousTime : now();
  }
}
