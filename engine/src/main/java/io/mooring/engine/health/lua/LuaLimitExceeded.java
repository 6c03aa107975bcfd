package io.mooring.engine.health.lua;

/**
 * Stops a script that used up its {@link LuaLimits}. An {@link Error} on purpose: Lua's {@code
 * pcall} catches exceptions, and a script must not be able to swallow its own termination.
 */
final class LuaLimitExceeded extends Error {
  private static final long serialVersionUID = 1L;

  LuaLimitExceeded(String message) {
    super(message, null, false, false);
  }
}
