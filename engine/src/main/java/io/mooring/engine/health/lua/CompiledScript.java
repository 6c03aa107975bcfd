package io.mooring.engine.health.lua;

import java.util.Optional;
import org.luaj.vm2.Prototype;

/**
 * A health script after compilation: LuaJ bytecode shared by every run, or the syntax error that
 * kept it from compiling.
 */
record CompiledScript(Optional<Prototype> prototype, String error) {
  static CompiledScript compiled(Prototype prototype) {
    return new CompiledScript(Optional.of(prototype), "");
  }

  static CompiledScript invalid(String error) {
    return new CompiledScript(Optional.empty(), error);
  }
}
