package io.mooring.engine.health.lua;

import io.mooring.engine.health.HealthResult;
import io.mooring.engine.health.HealthStatus;
import org.luaj.vm2.LuaValue;

/** Reads the table a health script returned, with Argo CD's rules for what is acceptable. */
final class LuaResult {
  private LuaResult() {}

  static HealthResult read(LuaValue returned) {
    if (!returned.istable()) {
      return new HealthResult(
          HealthStatus.Unknown, "expect table output from Lua script, not " + returned.typename());
    }
    LuaValue status = returned.rawget("status");
    LuaValue message = returned.rawget("message");
    String text = message.isstring() ? message.tojstring() : "";
    if (!status.isstring()) {
      return new HealthResult(HealthStatus.Unknown, LuaHealthEvaluator.INVALID_STATUS);
    }
    return HealthStatus.parse(status.tojstring())
        .map(parsed -> new HealthResult(parsed, text))
        .orElseGet(() -> new HealthResult(HealthStatus.Unknown, LuaHealthEvaluator.INVALID_STATUS));
  }
}
