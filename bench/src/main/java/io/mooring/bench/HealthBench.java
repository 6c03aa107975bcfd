package io.mooring.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mooring.engine.health.HealthAssessor;
import io.mooring.engine.health.HealthResult;
import io.mooring.engine.health.custom.CustomHealthChecks;
import io.mooring.engine.health.custom.CustomHealthScript;
import io.mooring.engine.health.custom.GroupKindPattern;
import io.mooring.engine.health.lua.LuaHealthEvaluator;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Health throughput: evaluations per second per core (thread CPU time) and bytes allocated per
 * evaluation, for built-in checks (Deployment, Pod, HPA) and a cached Lua check (a cert-manager
 * style Certificate script), plus Lua with compilation on every call for contrast. Target: 10,000
 * cached Lua evaluations/s/core. Usage: {@code bench/run HealthBench [seconds-per-scenario]}.
 */
public final class HealthBench {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final double TARGET_LUA_PER_SECOND = 10_000;

  private static final String CERTIFICATE_SCRIPT =
      """
      local function condition(kind)
        if obj.status == nil or obj.status.conditions == nil then return nil end
        for _, c in ipairs(obj.status.conditions) do
          if c.type == kind then return c end
        end
        return nil
      end
      local ready = condition("Ready")
      if ready == nil then return { status = "Progressing", message = "Waiting for certificate" } end
      if ready.status == "True" then return { status = "Healthy", message = ready.message } end
      local issuing = condition("Issuing")
      if issuing ~= nil and issuing.status == "False" and issuing.reason == "Failed" then
        return { status = "Degraded", message = issuing.message }
      end
      return { status = "Progressing", message = ready.message or "Waiting for certificate" }
      """;

  private HealthBench() {}

  /** One kind of evaluation to measure. */
  record Scenario(
      String name, Function<ObjectNode, Optional<HealthResult>> check, ObjectNode object) {}

  /** What one scenario measured. */
  record Figures(String name, long evaluations, double perSecondPerCore, double bytesEach) {}

  public static void main(String[] args) throws Exception {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
    List<Scenario> scenarios = scenarios();
    for (Scenario s : scenarios) {
      System.out.println("check  " + s.name() + " -> " + s.check().apply(s.object()).orElseThrow());
      measure(s, seconds / 2);
    }
    List<Figures> results = new ArrayList<>();
    for (Scenario s : scenarios) {
      results.add(measure(s, seconds));
    }
    print(results);
  }

  private static List<Scenario> scenarios() throws Exception {
    HealthAssessor builtIn = HealthAssessor.builtInOnly();
    LuaHealthEvaluator lua = LuaHealthEvaluator.withDefaultLimits();
    HealthAssessor withLua =
        new HealthAssessor(
            new CustomHealthChecks(
                List.of(
                    new CustomHealthScript(
                        new GroupKindPattern("cert-manager.io", "Certificate"),
                        CERTIFICATE_SCRIPT,
                        "bench")),
                lua));
    ObjectNode certificate = yaml(CERTIFICATE);
    return List.of(
        new Scenario("built-in Deployment", builtIn::assess, yaml(DEPLOYMENT)),
        new Scenario("built-in Pod", builtIn::assess, yaml(POD)),
        new Scenario("built-in HPA v1 (JSON annotation)", builtIn::assess, yaml(HPA)),
        new Scenario("Lua Certificate (cached)", withLua::assess, certificate),
        new Scenario(
            "Lua Certificate (compiled every call)",
            object ->
                Optional.of(
                    LuaHealthEvaluator.withDefaultLimits().evaluate(CERTIFICATE_SCRIPT, object)),
            certificate));
  }

  private static Figures measure(Scenario s, double seconds) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long budgetNanos = (long) (seconds * 1e9);
    long evaluations = 0;
    long sink = 0;
    long cpuStart = threads.getCurrentThreadCpuTime();
    long bytesStart = threads.getCurrentThreadAllocatedBytes();
    long cpuNow = cpuStart;
    while (cpuNow - cpuStart < budgetNanos) {
      for (int i = 0; i < 100; i++) {
        sink += s.check().apply(s.object()).orElseThrow().message().length();
      }
      evaluations += 100;
      cpuNow = threads.getCurrentThreadCpuTime();
    }
    long bytes = threads.getCurrentThreadAllocatedBytes() - bytesStart;
    if (sink == 42) {
      System.out.print("");
    }
    double cpuSeconds = (cpuNow - cpuStart) / 1e9;
    return new Figures(
        s.name(), evaluations, evaluations / cpuSeconds, (double) bytes / evaluations);
  }

  private static void print(List<Figures> results) {
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "%-40s %12s %16s %14s%n",
        "scenario",
        "evaluations",
        "per s per core",
        "bytes each");
    for (Figures f : results) {
      System.out.printf(
          Locale.ROOT,
          "%-40s %12d %16.0f %14.0f%n",
          f.name(),
          f.evaluations(),
          f.perSecondPerCore(),
          f.bytesEach());
    }
    Figures cached = results.get(3);
    Figures uncached = results.get(4);
    Figures deployment = results.get(0);
    System.out.printf(
        Locale.ROOT,
        "%ncached Lua vs target %.0f/s/core: %.1fx%n",
        TARGET_LUA_PER_SECOND,
        cached.perSecondPerCore() / TARGET_LUA_PER_SECOND);
    System.out.printf(
        Locale.ROOT,
        "cached vs compiled-every-call Lua: %.1fx faster%n",
        cached.perSecondPerCore() / uncached.perSecondPerCore());
    System.out.printf(
        Locale.ROOT,
        "built-in Deployment vs cached Lua: %.1fx faster%n",
        deployment.perSecondPerCore() / cached.perSecondPerCore());
  }

  private static ObjectNode yaml(String text) throws Exception {
    return (ObjectNode) YAML.readTree(text);
  }

  private static final String DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web, namespace: shop, generation: 7}
      spec: {replicas: 3, template: {spec: {containers: [{name: web, image: 'web:1.2'}]}}}
      status:
        observedGeneration: 7
        replicas: 3
        updatedReplicas: 3
        readyReplicas: 3
        availableReplicas: 3
        conditions:
          - {type: Available, status: "True", reason: MinimumReplicasAvailable}
          - {type: Progressing, status: "True", reason: NewReplicaSetAvailable}
      """;

  private static final String POD =
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: web-1, namespace: shop}
      spec: {restartPolicy: Always, containers: [{name: web, image: 'web:1.2'}]}
      status:
        phase: Running
        conditions:
          - {type: Initialized, status: "True"}
          - {type: Ready, status: "True"}
        containerStatuses:
          - {name: web, ready: true, restartCount: 0, state: {running: {startedAt: "2026-11-24T10:00:00Z"}}}
      """;

  private static final String HPA =
      """
      apiVersion: autoscaling/v1
      kind: HorizontalPodAutoscaler
      metadata:
        name: web
        namespace: shop
        annotations:
          autoscaling.alpha.kubernetes.io/conditions: '[{"type":"AbleToScale","status":"True","reason":"SucceededRescale","message":"the HPA controller was able to update the target scale to 3"},{"type":"ScalingActive","status":"True","reason":"ValidMetricFound","message":"ok"}]'
      spec: {maxReplicas: 5, minReplicas: 1, scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}}
      """;

  private static final String CERTIFICATE =
      """
      apiVersion: cert-manager.io/v1
      kind: Certificate
      metadata: {name: web-tls, namespace: shop}
      spec: {secretName: web-tls, dnsNames: [shop.example.com], issuerRef: {name: le, kind: ClusterIssuer}}
      status:
        conditions:
          - {type: Issuing, status: "False", reason: Failed, message: "ACME rejected the order"}
          - {type: Ready, status: "False", reason: DoesNotExist, message: "Issuing certificate as Secret does not exist"}
      """;
}
