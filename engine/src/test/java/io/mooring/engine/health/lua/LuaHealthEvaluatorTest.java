package io.mooring.engine.health.lua;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mooring.engine.health.HealthResult;
import io.mooring.engine.health.HealthStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LuaHealthEvaluatorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final LuaHealthEvaluator lua = LuaHealthEvaluator.withDefaultLimits();
  private final JsonNode certificate =
      json(
          "{\"apiVersion\":\"cert-manager.io/v1\",\"kind\":\"Certificate\","
              + "\"status\":{\"conditions\":[{\"type\":\"Ready\",\"status\":\"False\","
              + "\"message\":\"Issuing\"}],\"replicas\":3}}");

  @Test
  void scriptSeesTheObjectAsObjAndItsTableBecomesTheResult() {
    String script =
        """
        hs = {}
        local c = obj.status.conditions[1]
        if c.status == "True" then hs.status = "Healthy" else hs.status = "Progressing" end
        hs.message = c.message .. " (" .. obj.status.replicas .. " replicas)"
        return hs
        """;

    assertThat(lua.evaluate(script, certificate))
        .isEqualTo(new HealthResult(HealthStatus.Progressing, "Issuing (3 replicas)"));
  }

  @Test
  void runtimeErrorIsUnknownWithTheErrorAsMessage() {
    HealthResult result = lua.evaluate("return obj.spec.missing.field", certificate);

    assertThat(result.status()).isEqualTo(HealthStatus.Unknown);
    assertThat(result.message()).contains("health.lua:1").contains("index");
  }

  @Test
  void syntaxErrorIsUnknownWithTheCompilerMessage() {
    HealthResult result = lua.evaluate("return {status = ", certificate);

    assertThat(result.status()).isEqualTo(HealthStatus.Unknown);
    assertThat(result.message()).startsWith("invalid Lua:");
  }

  @Test
  void returningSomethingOtherThanATableIsUnknown() {
    assertThat(lua.evaluate("return 'Healthy'", certificate))
        .isEqualTo(
            new HealthResult(
                HealthStatus.Unknown, "expect table output from Lua script, not string"));
  }

  @Test
  void statusOutsideArgoCdsVocabularyIsUnknown() {
    assertThat(lua.evaluate("return {status = 'Fine'}", certificate))
        .isEqualTo(new HealthResult(HealthStatus.Unknown, LuaHealthEvaluator.INVALID_STATUS));
  }

  @Test
  void infiniteLoopIsStoppedByTheInstructionLimit() {
    HealthResult result = lua.evaluate("while true do end", certificate);

    assertThat(result.status()).isEqualTo(HealthStatus.Unknown);
    assertThat(result.message()).contains("instructions");
  }

  @Test
  void loopWithinTheInstructionLimitIsStoppedByTheTimeLimit() {
    LuaHealthEvaluator patientCounter =
        new LuaHealthEvaluator(
            new LuaLimits(Long.MAX_VALUE, Duration.ofMillis(20), Long.MAX_VALUE, 200));

    HealthResult result = patientCounter.evaluate("while true do end", certificate);

    assertThat(result)
        .isEqualTo(
            new HealthResult(HealthStatus.Unknown, "script exceeded its time limit of 20 ms"));
  }

  @Test
  void pcallCannotSwallowTheLimit() {
    HealthResult result =
        lua.evaluate(
            "while true do pcall(function() while true do end end) end return {status='Healthy'}",
            certificate);

    assertThat(result.status()).isEqualTo(HealthStatus.Unknown);
    assertThat(result.message()).contains("limit");
  }

  @Test
  void growingATableForeverIsStopped() {
    HealthResult result =
        lua.evaluate(
            "local t = {} local i = 0 while true do i = i + 1 t[i] = {i} end", certificate);

    assertThat(result.status()).isEqualTo(HealthStatus.Unknown);
    assertThat(result.message()).contains("limit");
  }

  @Test
  void doublingAStringForeverIsStoppedBeforeItExhaustsMemory() {
    HealthResult result = lua.evaluate("local s = 'x' while true do s = s .. s end", certificate);

    assertThat(result.status()).isEqualTo(HealthStatus.Unknown);
    assertThat(result.message()).contains("allocated bytes");
  }

  @Test
  void hugeStringRepIsRefused() {
    HealthResult result = lua.evaluate("local s = string.rep('x', 2^30)", certificate);

    assertThat(result.status()).isEqualTo(HealthStatus.Unknown);
    assertThat(result.message()).contains("too large");
  }

  @Test
  void unboundedRecursionIsStopped() {
    HealthResult result =
        lua.evaluate("local function f(n) return f(n + 1) + 1 end return f(1)", certificate);

    assertThat(result.status()).isEqualTo(HealthStatus.Unknown);
    assertThat(result.message()).contains("nested calls");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "os",
        "io",
        "load",
        "loadstring",
        "loadfile",
        "dofile",
        "require",
        "package",
        "luajava",
        "debug",
        "rawset",
        "print",
        "collectgarbage",
        "coroutine"
      })
  void dangerousGlobalsAreAbsent(String name) {
    assertThat(
            lua.evaluate(
                "return {status = type(" + name + ") == 'nil' and 'Healthy' or 'Degraded'}",
                certificate))
        .isEqualTo(HealthResult.of(HealthStatus.Healthy));
  }

  @Test
  void scriptsCannotChangeTheSharedLibraries() {
    List<String> attacks =
        List.of(
            "string.upper = nil",
            "table.insert(string, 1)",
            "setmetatable(string, {})",
            "getmetatable('').__index.upper = nil",
            "getmetatable(_G).__index.string = nil",
            "math.floor = nil");
    for (String attack : attacks) {
      assertThat(lua.evaluate(attack + " return {status='Healthy'}", certificate).status())
          .as(attack)
          .isEqualTo(HealthStatus.Unknown);
    }

    assertThat(lua.evaluate("return {status='Healthy', message=('ok'):upper()}", certificate))
        .isEqualTo(new HealthResult(HealthStatus.Healthy, "OK"));
  }

  @Test
  void globalsOfOneRunAreNotSeenByTheNext() {
    lua.evaluate("leaked = 'Degraded' return {status='Healthy'}", certificate);

    assertThat(lua.evaluate("return {status = leaked or 'Healthy'}", certificate))
        .isEqualTo(HealthResult.of(HealthStatus.Healthy));
  }

  @Test
  void scriptsRunConcurrentlyWithoutInterfering() throws Exception {
    String script =
        "local n = 0 for i = 1, 1000 do n = n + i end return {status='Healthy', message=tostring(n)}";
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<HealthResult>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(pool.submit(() -> lua.evaluate(script, certificate)));
      }
      for (Future<HealthResult> result : results) {
        assertThat(result.get()).isEqualTo(new HealthResult(HealthStatus.Healthy, "500500"));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
