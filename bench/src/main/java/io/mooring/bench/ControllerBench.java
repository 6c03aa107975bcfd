package io.mooring.bench;

import ch.qos.logback.classic.Level;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.mooring.controller.metrics.PrometheusText;
import io.mooring.controller.operation.OperationRequests;
import io.mooring.controller.operation.SyncOrder;
import io.mooring.controller.ports.ManifestSource.Refresh;
import io.mooring.controller.runtime.ControllerSettings;
import io.mooring.controller.wiring.ControllerConfig;
import io.mooring.controller.wiring.ControllerWiring;
import io.mooring.controller.wiring.RunningController;
import io.mooring.kube.apps.ApplicationClient;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.sandbox.EmbeddedCluster;
import io.mooring.sandbox.EmbeddedClusterOptions;
import io.mooring.sandbox.sim.SimulatorOptions;
import io.mooring.testkit.git.TestRepo;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.slf4j.LoggerFactory;

/**
 * The controller at scale on the embedded cluster: N Applications × M ConfigMaps (created directly
 * in the cluster and in Git, so the apps start Synced), then a full refresh of every app with warm
 * caches (time, measured by the reconciler's completion count), the heap after GC, and the API
 * requests that refresh made (counted by a proxy in front of the cluster). Then the time from a
 * sync requested to Synced for a 50-resource app in one wave; the controller's metrics are on, and
 * one {@code /metrics} scrape is timed. Prints figures; asserts nothing. Run: {@code bench/run
 * ControllerBench [N ...]} (default 100 1000).
 */
public final class ControllerBench {
  private static final int RESOURCES_PER_APP = 10;
  private static final String NAMESPACE = "bench";

  private ControllerBench() {}

  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(Level.WARN);
    List<Integer> sizes =
        args.length == 0
            ? List.of(100, 1000)
            : List.of(args).stream().map(Integer::valueOf).toList();
    List<String> rows = new ArrayList<>();
    for (int apps : sizes) {
      rows.add(measureFleet(apps));
    }
    String latency = measureSyncLatency();
    System.out.println();
    System.out.println(
        "| apps × resources | create objects | steady state | full refresh | per app | heap after GC"
            + " (controller / process) | API requests in refresh | /metrics scrape |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    rows.forEach(System.out::println);
    System.out.println();
    System.out.println(latency);
    System.exit(0);
  }

  private static String measureFleet(int appCount) throws Exception {
    Path work = Files.createTempDirectory("controller-bench");
    try (EmbeddedCluster cluster =
            EmbeddedCluster.start(
                EmbeddedClusterOptions.defaults().withSimulator(SimulatorOptions.fast()));
        KubernetesClient kube = cluster.newClient();
        TestRepo repo = TestRepo.create(work.resolve("repo"));
        RequestCountingProxy proxy = proxyFor(cluster)) {
      prepareControlPlane(kube);
      long createStart = System.nanoTime();
      Map<String, String> files = new HashMap<>();
      for (int app = 0; app < appCount; app++) {
        files.put("app-" + app + "/config.yaml", manifests(app));
      }
      repo.commitFiles("fleet", files);
      createConfigMaps(kube, appCount);
      ApplicationClient apps = new ApplicationClient(kube, "argocd");
      for (int app = 0; app < appCount; app++) {
        apps.create(application("app-" + app, repo, "app-" + app, NAMESPACE));
      }
      double createSeconds = seconds(createStart);
      long heapBefore = heapAfterGc();

      Path kubeconfig = work.resolve("kubeconfig");
      cluster.writeKubeconfig(kubeconfig);
      Files.writeString(
          kubeconfig,
          Files.readString(kubeconfig)
              .replace(cluster.url().replaceAll("/$", ""), "http://127.0.0.1:" + proxy.port()));
      long steadyStart = System.nanoTime();
      PrometheusRegistry metrics = new PrometheusRegistry();
      try (RunningController controller =
          ControllerWiring.start(
              ControllerConfig.defaults(Optional.of(kubeconfig), work.resolve("data"))
                  .withSettings(new ControllerSettings(20, 10, Duration.ofHours(1), Duration.ZERO))
                  .withMetrics(metrics))) {
        awaitCondition(
            () -> allReconciled(controller, appCount) && controller.queueFigures().waiting() == 0,
            Duration.ofMinutes(30));
        double steadySeconds = seconds(steadyStart);
        refreshAll(controller, appCount); // warm-up round: JIT and caches
        long heapAfter = heapAfterGc();

        long[] before = proxy.counts();
        long refreshStart = System.nanoTime();
        refreshAll(controller, appCount);
        double refreshSeconds = seconds(refreshStart);
        long[] after = proxy.counts();
        long[] made = {after[0] - before[0], after[1] - before[1]};
        PrometheusText.of(metrics); // warm-up scrape
        long scrapeStart = System.nanoTime();
        String scrape = PrometheusText.of(metrics);
        double scrapeMillis = (System.nanoTime() - scrapeStart) / 1e6;
        long appSeries = scrape.lines().filter(line -> line.startsWith("argocd_app_info{")).count();
        System.out.printf(
            "%d × %d: one /metrics scrape %.0f ms, %d KB, %d argocd_app_info series%n",
            appCount, RESOURCES_PER_APP, scrapeMillis, scrape.length() >> 10, appSeries);
        System.out.printf(
            "%d × %d: created in %.1f s, steady in %.1f s, full refresh %.2f s, heap %d MB"
                + " (process %d MB), requests: %s%n",
            appCount,
            RESOURCES_PER_APP,
            createSeconds,
            steadySeconds,
            refreshSeconds,
            (heapAfter - heapBefore) >> 20,
            heapAfter >> 20,
            RequestCountingProxy.describe(made));
        long synced =
            controller.applications().stream()
                .filter(a -> "Synced".equals(a.status.sync.status))
                .count();
        System.out.printf("%d of %d apps Synced%n", synced, appCount);
        return "| %,d × %d | %.1f s | %.1f s | **%.2f s** | %.2f ms | %d MB / %d MB | %s | %.0f ms, %d KB |"
            .formatted(
                appCount,
                RESOURCES_PER_APP,
                createSeconds,
                steadySeconds,
                refreshSeconds,
                refreshSeconds * 1000 / appCount,
                (heapAfter - heapBefore) >> 20,
                heapAfter >> 20,
                RequestCountingProxy.describe(made),
                scrapeMillis,
                scrape.length() >> 10);
      }
    }
  }

  /** Refreshes every app and waits until the reconciler has completed that many reconciles. */
  private static void refreshAll(RunningController controller, int appCount) {
    long start = controller.queueFigures().reconciles();
    for (int app = 0; app < appCount; app++) {
      controller.refresh("app-" + app, Refresh.NORMAL);
    }
    awaitCondition(
        () -> controller.queueFigures().reconciles() >= start + appCount, Duration.ofMinutes(10));
  }

  private static String measureSyncLatency() throws Exception {
    Path work = Files.createTempDirectory("controller-bench-latency");
    int configMaps = 40;
    int deployments = 10;
    try (EmbeddedCluster cluster =
            EmbeddedCluster.start(
                EmbeddedClusterOptions.defaults().withSimulator(SimulatorOptions.fast()));
        KubernetesClient kube = cluster.newClient();
        TestRepo repo = TestRepo.create(work.resolve("repo"))) {
      prepareControlPlane(kube);
      StringBuilder yaml = new StringBuilder();
      for (int i = 0; i < configMaps; i++) {
        yaml.append(configMapYaml("settings-" + i, "big"));
      }
      for (int i = 0; i < deployments; i++) {
        yaml.append(deploymentYaml("web-" + i));
      }
      repo.commitFiles("big app", Map.of("big/all.yaml", yaml.toString()));
      Path kubeconfig = work.resolve("kubeconfig");
      cluster.writeKubeconfig(kubeconfig);
      ApplicationClient apps = new ApplicationClient(kube, "argocd");
      List<Double> samples = new ArrayList<>();
      try (RunningController controller =
          ControllerWiring.start(
              ControllerConfig.defaults(Optional.of(kubeconfig), work.resolve("data")))) {
        for (int round = 0; round < 4; round++) {
          String name = "big-" + round;
          String namespace = "big-" + round;
          kube.namespaces()
              .resource(
                  new NamespaceBuilder()
                      .withNewMetadata()
                      .withName(namespace)
                      .endMetadata()
                      .build())
              .create();
          apps.create(application(name, repo, "big", namespace));
          awaitCondition(
              () ->
                  apps.get(name).map(a -> a.status != null && a.status.sync != null).orElse(false),
              Duration.ofMinutes(1));
          long start = System.nanoTime();
          apps.update(
              OperationRequests.sync(
                  apps.get(name).orElseThrow(), SyncOrder.ofEverything(), "bench"));
          awaitCondition(
              () -> apps.get(name).map(ControllerBench::syncedAndHealthy).orElse(false),
              Duration.ofMinutes(2));
          samples.add(seconds(start));
        }
      }
      return ("Sync of a %d-resource app (%d ConfigMaps, %d Deployments, one wave), requested →"
              + " Synced, Healthy, operation Succeeded: first %.2f s, then %s s")
          .formatted(
              configMaps + deployments,
              configMaps,
              deployments,
              samples.get(0),
              samples.subList(1, samples.size()).stream().map(s -> "%.2f".formatted(s)).toList());
    }
  }

  private static boolean syncedAndHealthy(Application app) {
    return app.status != null
        && app.status.sync != null
        && "Synced".equals(app.status.sync.status)
        && app.status.health != null
        && "Healthy".equals(app.status.health.status)
        && app.status.operationState != null
        && "Succeeded".equals(app.status.operationState.phase)
        && app.operation == null;
  }

  /**
   * Whether the controller's own cache shows every app reconciled (read from its informer: listing
   * thousands of apps through the API on every poll would load the server being measured).
   */
  private static boolean allReconciled(RunningController controller, int appCount) {
    List<Application> listed = controller.applications();
    return listed.size() == appCount
        && listed.stream().allMatch(a -> a.status != null && a.status.reconciledAt != null);
  }

  private static RequestCountingProxy proxyFor(EmbeddedCluster cluster) throws Exception {
    URI url = URI.create(cluster.url());
    return new RequestCountingProxy(
        url.getHost(), url.getPort(), line -> line.contains("/applications"));
  }

  private static void prepareControlPlane(KubernetesClient kube) throws Exception {
    for (String namespace : List.of("argocd", NAMESPACE)) {
      kube.namespaces()
          .resource(
              new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
          .create();
    }
    for (String crd : List.of("application-crd.yaml", "appproject-crd.yaml")) {
      try (InputStream in = Files.newInputStream(Path.of("deploy", "crds", crd))) {
        kube.apiextensions()
            .v1()
            .customResourceDefinitions()
            .resource(Serialization.unmarshal(in, CustomResourceDefinition.class))
            .create();
      }
    }
  }

  private static void createConfigMaps(KubernetesClient kube, int appCount) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int app = 0; app < appCount; app++) {
        int owner = app;
        done.add(
            pool.submit(
                () ->
                    IntStream.range(0, RESOURCES_PER_APP)
                        .forEach(
                            i ->
                                kube.configMaps()
                                    .inNamespace(NAMESPACE)
                                    .resource(configMap(owner, i))
                                    .create())));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private static ConfigMap configMap(int app, int index) {
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName("app-" + app + "-cm-" + index)
        .withNamespace(NAMESPACE)
        .addToLabels("app.kubernetes.io/instance", "app-" + app)
        .endMetadata()
        .addToData("key", "value-" + index)
        .build();
  }

  private static String manifests(int app) {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < RESOURCES_PER_APP; i++) {
      yaml.append(
          """
          ---
          apiVersion: v1
          kind: ConfigMap
          metadata: {name: app-%d-cm-%d}
          data: {key: value-%d}
          """
              .formatted(app, i, i));
    }
    return yaml.toString();
  }

  private static String configMapYaml(String name, String data) {
    return """
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: %s}
        data: {key: %s}
        """
        .formatted(name, data);
  }

  private static String deploymentYaml(String name) {
    return """
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: %1$s}
        spec:
          replicas: 1
          selector: {matchLabels: {app: %1$s}}
          template:
            metadata: {labels: {app: %1$s}}
            spec: {containers: [{name: main, image: 'nginx:1.27'}]}
        """
        .formatted(name);
  }

  private static Application application(
      String name, TestRepo repo, String path, String namespace) {
    return ModelCodec.readYaml(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata: {name: %s, namespace: argocd}
        spec:
          project: default
          source: {repoURL: '%s', path: %s, targetRevision: main}
          destination: {server: 'https://kubernetes.default.svc', namespace: %s}
        """
            .formatted(name, repo.directory().toUri(), path, namespace),
        Application.class);
  }

  private static void awaitCondition(BooleanSupplier condition, Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("gave up waiting after " + patience);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
