package io.mooring.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mooring.engine.diff.DiffOptions;
import io.mooring.engine.diff.Differ;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Diff throughput and allocation: comparisons per second per core (thread CPU time) and bytes
 * allocated per comparison, for a Deployment (3 containers, probes, resources, env) in sync and
 * modified, a ConfigMap with 50 keys, and a Secret. Target: 20,000 Deployment comparisons/s/core.
 * Usage: {@code bench/run DiffBench [seconds-per-scenario]}.
 */
public final class DiffBench {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double TARGET_DEPLOYMENTS_PER_SECOND = 20_000;

  private DiffBench() {}

  /** One comparison to measure. */
  record Scenario(String name, ObjectNode desired, ObjectNode live, boolean expectModified) {}

  /** What one scenario measured. */
  record Figures(String name, long comparisons, double perSecondPerCore, double bytesEach) {}

  public static void main(String[] args) throws Exception {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    List<Scenario> scenarios = scenarios();
    for (Scenario s : scenarios) {
      run(s, threads, seconds / 2);
    }
    List<Figures> results = new ArrayList<>();
    for (Scenario s : scenarios) {
      results.add(run(s, threads, seconds));
    }
    print(results);
  }

  private static Figures run(Scenario s, com.sun.management.ThreadMXBean threads, double seconds) {
    long thread = Thread.currentThread().getId();
    long budgetNanos = (long) (seconds * 1e9);
    long modified = 0;
    long comparisons = 0;
    long cpuStart = threads.getCurrentThreadCpuTime();
    long bytesStart = threads.getThreadAllocatedBytes(thread);
    long cpuNow = cpuStart;
    while (cpuNow - cpuStart < budgetNanos) {
      for (int i = 0; i < 200; i++) {
        modified += Differ.diff(s.desired(), s.live(), DiffOptions.DEFAULT).modified() ? 1 : 0;
      }
      comparisons += 200;
      cpuNow = threads.getCurrentThreadCpuTime();
    }
    long bytes = threads.getThreadAllocatedBytes(thread) - bytesStart;
    if (modified != (s.expectModified() ? comparisons : 0)) {
      throw new IllegalStateException(s.name() + ": unexpected diff result, the bench is broken");
    }
    double cpuSeconds = (cpuNow - cpuStart) / 1e9;
    return new Figures(
        s.name(), comparisons, comparisons / cpuSeconds, bytes / (double) comparisons);
  }

  private static void print(List<Figures> results) {
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "%-34s %12s %14s %10s %14s%n",
        "scenario",
        "comparisons",
        "per s per core",
        "us each",
        "bytes each");
    for (Figures f : results) {
      System.out.printf(
          Locale.ROOT,
          "%-34s %12d %14.0f %10.1f %14.0f%n",
          f.name(),
          f.comparisons(),
          f.perSecondPerCore(),
          1e6 / f.perSecondPerCore(),
          f.bytesEach());
    }
    double deployment = results.get(0).perSecondPerCore();
    System.out.printf(
        Locale.ROOT,
        "%nDeployment in sync: %.0f comparisons/s/core = %.2fx the target of %.0f%n",
        deployment,
        deployment / TARGET_DEPLOYMENTS_PER_SECOND,
        TARGET_DEPLOYMENTS_PER_SECOND);
  }

  static List<Scenario> scenarios() throws Exception {
    ObjectNode deployment = deployment();
    ObjectNode liveDeployment = liveOf(deployment);
    ObjectNode changed = deployment.deepCopy();
    changed.withObjectProperty("spec").put("replicas", 5);
    ObjectNode configMap = configMap();
    ObjectNode secret = secret();
    ObjectNode liveSecret = liveOf(secret);
    liveSecret.remove("stringData");
    ObjectNode data = liveSecret.putObject("data");
    secret
        .get("stringData")
        .properties()
        .forEach(
            e ->
                data.put(
                    e.getKey(),
                    java.util.Base64.getEncoder()
                        .encodeToString(
                            e.getValue()
                                .asText()
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    return List.of(
        new Scenario("Deployment, in sync (3-way)", deployment, liveDeployment, false),
        new Scenario("Deployment, replicas changed", changed, liveDeployment, true),
        new Scenario("ConfigMap, 50 keys, in sync", configMap, liveOf(configMap), false),
        new Scenario("Secret, stringData vs data", secret, liveSecret, false));
  }

  /** The live counterpart: server metadata, status, defaults and last-applied-configuration. */
  private static ObjectNode liveOf(ObjectNode desired) throws Exception {
    ObjectNode live = desired.deepCopy();
    ObjectNode metadata = live.withObjectProperty("metadata");
    metadata.put("namespace", "shop");
    metadata.put("uid", "7d1c2a5e-3b4f-4c6d-8e9f-0a1b2c3d4e5f");
    metadata.put("resourceVersion", "918273");
    metadata.put("generation", 12);
    metadata.put("creationTimestamp", "2025-01-01T10:00:00Z");
    metadata.putArray("managedFields").addObject().put("manager", "kubectl-client-side-apply");
    metadata
        .withObjectProperty("annotations")
        .put("kubectl.kubernetes.io/last-applied-configuration", JSON.writeValueAsString(desired));
    if (desired.path("kind").asText().equals("Deployment")) {
      ObjectNode spec = live.withObjectProperty("spec");
      spec.put("progressDeadlineSeconds", 600).put("revisionHistoryLimit", 10);
      spec.withObjectProperty("strategy")
          .put("type", "RollingUpdate")
          .withObjectProperty("rollingUpdate")
          .put("maxSurge", "25%")
          .put("maxUnavailable", "25%");
      ObjectNode pod = spec.withObjectProperty("template").withObjectProperty("spec");
      pod.put("dnsPolicy", "ClusterFirst")
          .put("restartPolicy", "Always")
          .put("schedulerName", "default-scheduler")
          .put("terminationGracePeriodSeconds", 30);
      for (var c : (ArrayNode) pod.get("containers")) {
        ((ObjectNode) c)
            .put("imagePullPolicy", "IfNotPresent")
            .put("terminationMessagePath", "/dev/termination-log")
            .put("terminationMessagePolicy", "File");
        ObjectNode requests =
            ((ObjectNode) c).withObjectProperty("resources").withObjectProperty("requests");
        requests.put(
            "cpu",
            requests.path("cpu").asText().equals("500m") ? "0.5" : requests.path("cpu").asText());
      }
      live.putObject("status")
          .put("replicas", 3)
          .put("readyReplicas", 3)
          .put("observedGeneration", 12);
    }
    return live;
  }

  private static ObjectNode deployment() throws Exception {
    StringBuilder containers = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      containers.append(
          """
              - name: c%1$d
                image: registry.example.com/shop/c%1$d:1.4.%1$d
                args: [--port=80%1$d0, --log-level=info]
                ports:
                - {name: http, containerPort: 80%1$d0, protocol: TCP}
                env:
                - {name: MODE, value: production}
                - {name: POD_NAME, valueFrom: {fieldRef: {fieldPath: metadata.name}}}
                - {name: DB_URL, valueFrom: {secretKeyRef: {name: db, key: url}}}
                - {name: CACHE_SIZE, value: "512"}
                resources:
                  requests: {cpu: 500m, memory: 256Mi}
                  limits: {cpu: "1", memory: 1Gi}
                readinessProbe:
                  httpGet: {path: /ready, port: 80%1$d0}
                  periodSeconds: 5
                livenessProbe:
                  httpGet: {path: /live, port: 80%1$d0}
                  initialDelaySeconds: 10
                  failureThreshold: 3
          """
              .formatted(i));
    }
    String yaml =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: shop
          labels: {app: shop, app.kubernetes.io/instance: shop}
        spec:
          replicas: 3
          selector:
            matchLabels: {app: shop}
          template:
            metadata:
              labels: {app: shop}
            spec:
              containers:
        """
            + containers.toString().indent(4);
    return (ObjectNode) YAML.readTree(yaml);
  }

  private static ObjectNode configMap() {
    ObjectNode cm = JSON.createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
    cm.putObject("metadata").put("name", "settings");
    ObjectNode data = cm.putObject("data");
    for (int i = 0; i < 50; i++) {
      data.put("setting." + i, "value-" + i + "-" + "x".repeat(20));
    }
    return cm;
  }

  private static ObjectNode secret() {
    ObjectNode secret = JSON.createObjectNode().put("apiVersion", "v1").put("kind", "Secret");
    secret.putObject("metadata").put("name", "db");
    secret.put("type", "Opaque");
    secret
        .putObject("stringData")
        .put("url", "postgres://db:5432/shop")
        .put("user", "shop")
        .put("password", "s3cr3t-value");
    return secret;
  }
}
