package io.mooring.bench;

import ch.qos.logback.classic.Level;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.mooring.sandbox.EmbeddedCluster;
import io.mooring.sandbox.EmbeddedClusterOptions;
import io.mooring.sandbox.sim.SimulatorOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;

/**
 * How much the embedded cluster takes: objects created per second (one client, then several
 * threads) and how many concurrent watches it serves with every event delivered. Prints figures;
 * asserts nothing. Run: {@code bench/run EmbeddedClusterBench}.
 */
public final class EmbeddedClusterBench {
  private static final int OBJECTS = 2000;
  private static final int THREADS = 4;

  private EmbeddedClusterBench() {}

  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(Level.WARN);
    try (EmbeddedCluster cluster =
            EmbeddedCluster.start(
                EmbeddedClusterOptions.defaults().withSimulator(SimulatorOptions.off()));
        KubernetesClient client = cluster.newClient()) {
      warmUp(client);
      double sequential = createSequentially(client, "seq", OBJECTS);
      double parallel = createInParallel(cluster, "par", OBJECTS);
      System.out.printf(
          "create ConfigMap, 1 client        : %8.0f objects/s (%d objects)%n",
          sequential, OBJECTS);
      System.out.printf(
          "create ConfigMap, %d threads       : %8.0f objects/s (%d objects), ratio %.2fx%n",
          THREADS, parallel, OBJECTS, parallel / sequential);
      for (int watches : new int[] {10, 100, 500}) {
        watchFanOut(cluster, client, watches, 50);
      }
    }
    System.exit(0);
  }

  private static void warmUp(KubernetesClient client) {
    createSequentially(client, "warm", 300);
  }

  private static double createSequentially(KubernetesClient client, String prefix, int count) {
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      client.resource(configMap(prefix + "-" + i)).create();
    }
    return count / seconds(start);
  }

  private static double createInParallel(EmbeddedCluster cluster, String prefix, int count)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<KubernetesClient> clients = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      clients.add(cluster.newClient());
    }
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      KubernetesClient c = clients.get(t);
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                for (int i = thread; i < count; i += THREADS) {
                  c.resource(configMap(prefix + "-" + i)).create();
                }
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    double rate = count / seconds(start);
    pool.shutdown();
    clients.forEach(KubernetesClient::close);
    return rate;
  }

  private static void watchFanOut(
      EmbeddedCluster cluster, KubernetesClient client, int watchCount, int events)
      throws Exception {
    String namespace = "watch-" + watchCount;
    client
        .namespaces()
        .resource(
            new io.fabric8.kubernetes.api.model.NamespaceBuilder()
                .withNewMetadata()
                .withName(namespace)
                .endMetadata()
                .build())
        .create();
    CountDownLatch delivered = new CountDownLatch(watchCount * events);
    AtomicInteger failures = new AtomicInteger();
    List<Watch> watches = new ArrayList<>();
    long openStart = System.nanoTime();
    for (int w = 0; w < watchCount; w++) {
      watches.add(
          client
              .configMaps()
              .inNamespace(namespace)
              .watch(
                  new Watcher<ConfigMap>() {
                    @Override
                    public void eventReceived(Action action, ConfigMap resource) {
                      delivered.countDown();
                    }

                    @Override
                    public void onClose(WatcherException cause) {
                      failures.incrementAndGet();
                    }
                  }));
    }
    double openSeconds = seconds(openStart);
    long start = System.nanoTime();
    for (int i = 0; i < events; i++) {
      client.configMaps().inNamespace(namespace).resource(configMap("e-" + i)).create();
    }
    boolean all = delivered.await(120, TimeUnit.SECONDS);
    double elapsed = seconds(start);
    long got = (long) watchCount * events - delivered.getCount();
    System.out.printf(
        "watches %4d: opened in %5.2f s; %d creates -> %7d/%d events delivered in %6.2f s (%8.0f events/s)%s%n",
        watchCount,
        openSeconds,
        events,
        got,
        (long) watchCount * events,
        elapsed,
        got / elapsed,
        all && failures.get() == 0 ? "" : " INCOMPLETE, closed watches: " + failures.get());
    watches.forEach(Watch::close);
  }

  private static ConfigMap configMap(String name) {
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName(name)
        .endMetadata()
        .addToData("key", "value")
        .build();
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
