package io.mooring.engine.health.lua;

import java.time.Duration;

/**
 * What one run of a health script may use before it is stopped and judged Unknown.
 *
 * @param maxInstructions Lua VM instructions
 * @param maxWallTime elapsed time, checked while the script runs
 * @param maxAllocatedBytes bytes the evaluating thread may allocate during the run (checked where
 *     the JVM can measure it)
 * @param maxCallDepth nested Lua calls (deep recursion)
 */
public record LuaLimits(
    long maxInstructions, Duration maxWallTime, long maxAllocatedBytes, int maxCallDepth) {

  /** Generous for real health scripts (a few hundred instructions), tight for runaway ones. */
  public static LuaLimits defaults() {
    return new LuaLimits(1_000_000, Duration.ofSeconds(1), 64L * 1024 * 1024, 200);
  }
}
