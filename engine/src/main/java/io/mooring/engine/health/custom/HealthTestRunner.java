package io.mooring.engine.health.custom;

import io.mooring.engine.health.lua.LuaHealthEvaluator;
import java.util.List;

/** Runs {@code health_test.yaml} cases against their scripts (pure: no file access). */
public final class HealthTestRunner {
  private final LuaHealthEvaluator lua;

  public HealthTestRunner(LuaHealthEvaluator lua) {
    this.lua = lua;
  }

  /** The outcome of every case, in order. */
  public List<HealthTestOutcome> run(List<HealthTestCase> cases) {
    return cases.stream()
        .map(c -> new HealthTestOutcome(c, lua.evaluate(c.script(), c.object())))
        .toList();
  }
}
