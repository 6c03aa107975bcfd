package io.mooring.engine.health.lua;

import java.lang.management.ManagementFactory;
import org.luaj.vm2.LuaClosure;
import org.luaj.vm2.LuaFunction;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.DebugLib;

/**
 * Meters one script run through LuaJ's debug hooks (the VM calls them on every instruction, call
 * and return): counts instructions and call depth, and samples elapsed time and allocated bytes. It
 * is never visible to the script, which gets no {@code debug} library.
 */
final class ExecutionBudget extends DebugLib {
  private static final com.sun.management.ThreadMXBean THREADS = allocationMeter();
  private static final int TIME_CHECK_INTERVAL = 1024;

  private final LuaLimits limits;
  private final long deadlineNanos;
  private final long allocatedAtStart;
  private long instructions;
  private int depth;

  ExecutionBudget(LuaLimits limits) {
    this.limits = limits;
    this.deadlineNanos = System.nanoTime() + limits.maxWallTime().toNanos();
    this.allocatedAtStart = allocatedBytes();
  }

  @Override
  public void onInstruction(int pc, Varargs v, int top) {
    if (++instructions > limits.maxInstructions()) {
      throw new LuaLimitExceeded(
          "script exceeded its limit of " + limits.maxInstructions() + " instructions");
    }
    if (THREADS != null && allocatedBytes() - allocatedAtStart > limits.maxAllocatedBytes()) {
      throw new LuaLimitExceeded(
          "script exceeded its limit of " + limits.maxAllocatedBytes() + " allocated bytes");
    }
    if (instructions % TIME_CHECK_INTERVAL == 0 && System.nanoTime() > deadlineNanos) {
      throw new LuaLimitExceeded(
          "script exceeded its time limit of " + limits.maxWallTime().toMillis() + " ms");
    }
  }

  @Override
  public void onCall(LuaClosure c, Varargs varargs, LuaValue[] stack) {
    enter();
  }

  @Override
  public void onCall(LuaFunction f) {
    enter();
  }

  @Override
  public void onReturn() {
    depth--;
  }

  @Override
  public String traceback(int level) {
    return "";
  }

  private void enter() {
    if (++depth > limits.maxCallDepth()) {
      throw new LuaLimitExceeded(
          "script exceeded its limit of " + limits.maxCallDepth() + " nested calls");
    }
  }

  private static long allocatedBytes() {
    return THREADS == null ? 0 : THREADS.getCurrentThreadAllocatedBytes();
  }

  private static com.sun.management.ThreadMXBean allocationMeter() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
        && bean.isThreadAllocatedMemorySupported()) {
      bean.setThreadAllocatedMemoryEnabled(true);
      return bean;
    }
    return null;
  }
}
