package io.mooring.engine.health.lua;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.compiler.LuaC;

/** Compiles health scripts to LuaJ bytecode once, caching by script text (errors included). */
final class ScriptCompiler {
  static final String CHUNK_NAME = "health.lua";
  private final Cache<String, CompiledScript> cache;

  ScriptCompiler(long maximumScripts) {
    this.cache = Caffeine.newBuilder().maximumSize(maximumScripts).build();
  }

  CompiledScript compile(String script) {
    return cache.get(script, ScriptCompiler::compileUncached);
  }

  private static CompiledScript compileUncached(String script) {
    try {
      return CompiledScript.compiled(
          LuaC.instance.compile(
              new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), CHUNK_NAME));
    } catch (LuaError | IOException e) {
      return CompiledScript.invalid("invalid Lua: " + e.getMessage());
    }
  }
}
