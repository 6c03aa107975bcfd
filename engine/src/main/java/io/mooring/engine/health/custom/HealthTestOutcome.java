package io.mooring.engine.health.custom;

import io.mooring.engine.health.HealthResult;

/** What a {@link HealthTestCase} produced. */
public record HealthTestOutcome(HealthTestCase testCase, HealthResult actual) {
  /** True when the script gave exactly the expected status and message. */
  public boolean passed() {
    return testCase.expected().equals(actual);
  }

  /** One line describing a failure: the case, what was expected and what came back. */
  public String describeFailure() {
    return testCase.name()
        + ": expected "
        + describe(testCase.expected())
        + ", got "
        + describe(actual);
  }

  private static String describe(HealthResult result) {
    return result.status() + " \"" + result.message() + "\"";
  }
}
