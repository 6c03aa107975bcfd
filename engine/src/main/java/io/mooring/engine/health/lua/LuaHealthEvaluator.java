package io.mooring.engine.health.lua;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.engine.health.HealthCheck;
import io.mooring.engine.health.HealthResult;
import io.mooring.engine.health.HealthStatus;
import java.util.Objects;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaClosure;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Prototype;

/**
 * Runs Argo CD-style health scripts: the script sees the object as the global {@code obj} and
 * returns a table {@code {status=..., message=...}}. Every run gets a fresh environment over a
 * read-only library, within {@link LuaLimits}. Whatever the script does (syntax error, runtime
 * error, runaway loop, wrong return value), the result is a {@link HealthResult}, never an
 * exception. Thread-safe; compiled scripts are cached by text.
 */
public final class LuaHealthEvaluator {
  static final String INVALID_STATUS = "Lua returned an invalid health status";

  private final LuaLimits limits;
  private final ScriptCompiler compiler;

  /** An evaluator with the given limits, caching up to 1,024 compiled scripts. */
  public LuaHealthEvaluator(LuaLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.compiler = new ScriptCompiler(1024);
  }

  /** An evaluator with {@link LuaLimits#defaults()}. */
  public static LuaHealthEvaluator withDefaultLimits() {
    return new LuaHealthEvaluator(LuaLimits.defaults());
  }

  /** The script as a {@link HealthCheck} (compiled now, so syntax errors are cached at once). */
  public HealthCheck check(String script) {
    compiler.compile(script);
    return object -> evaluate(script, object);
  }

  /** Runs {@code script} against {@code object}. */
  public HealthResult evaluate(String script, JsonNode object) {
    CompiledScript compiled = compiler.compile(script);
    if (compiled.prototype().isEmpty()) {
      return unknown(compiled.error());
    }
    try {
      return run(compiled.prototype().get(), object);
    } catch (LuaError e) {
      return unknown(e.getMessage() == null ? "Lua error" : e.getMessage().strip());
    } catch (LuaLimitExceeded e) {
      return unknown(e.getMessage());
    } catch (StackOverflowError e) {
      return unknown("script exceeded the stack");
    } catch (OutOfMemoryError e) {
      return unknown("script ran out of memory");
    } catch (RuntimeException e) {
      return unknown("script failed: " + e);
    }
  }

  private HealthResult run(Prototype prototype, JsonNode object) {
    Globals environment = new Globals();
    environment.setmetatable(SandboxLibraries.ENVIRONMENT_METATABLE);
    environment.rawset("_G", environment);
    environment.rawset("obj", JsonToLua.convert(object));
    environment.debuglib = new ExecutionBudget(limits);
    LuaValue returned = new LuaClosure(prototype, environment).invoke().arg1();
    return LuaResult.read(returned);
  }

  private static HealthResult unknown(String message) {
    return new HealthResult(HealthStatus.Unknown, message);
  }
}
