package io.mooring.sandbox;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.mooring.sandbox.api.ApiDispatcher;
import io.mooring.sandbox.api.IndexedCrudDispatcher;
import io.mooring.sandbox.api.Store;
import io.mooring.sandbox.gc.GarbageCollector;
import io.mooring.sandbox.http.ApiHttpServer;
import io.mooring.sandbox.sim.WorkloadSimulator;
import java.nio.file.Path;
import java.util.List;

/**
 * A Kubernetes API in this process, on loopback: fabric8's mock server in CRUD mode (indexed, so
 * finding one object does not scan them all) behind a dispatcher that adds discovery, patches,
 * dryRun, scale, garbage collection, and a workload simulator. A SANDBOX for tests, benchmarks and
 * demos — not a production cluster: no authentication, no validation, no real containers. Clients
 * reach it only through {@link #url()} or a kubeconfig, as they would a real cluster.
 */
public final class EmbeddedCluster implements AutoCloseable {
  /** The one simulated node pods are "scheduled" on. */
  public static final String NODE_NAME = "sandbox-node";

  private static final List<String> INITIAL_NAMESPACES =
      List.of("default", "kube-system", "kube-public", "kube-node-lease");

  private final GarbageCollector garbageCollector;
  private final ApiHttpServer server;
  private final String url;
  private final KubernetesClient simulatorClient;
  private final WorkloadSimulator simulator;

  private EmbeddedCluster(EmbeddedClusterOptions options) {
    Store store = new Store(new IndexedCrudDispatcher());
    this.garbageCollector = new GarbageCollector(store);
    this.server = new ApiHttpServer(new ApiDispatcher(store, garbageCollector::requestSweep));
    int port = server.start("127.0.0.1", options.port());
    this.url = "http://127.0.0.1:" + port;
    this.simulatorClient = newClient();
    bootstrap(simulatorClient);
    this.simulator = WorkloadSimulator.start(simulatorClient, options.simulator());
  }

  /** Starts a cluster; close it to stop it. */
  public static EmbeddedCluster start(EmbeddedClusterOptions options) {
    return new EmbeddedCluster(options);
  }

  /** The API server URL, e.g. {@code http://127.0.0.1:36443}. */
  public String url() {
    return url;
  }

  /** Writes a kubeconfig for this cluster (context {@value Kubeconfig#CONTEXT}). */
  public void writeKubeconfig(Path file) {
    Kubeconfig.write(url, file);
  }

  /** A new fabric8 client for this cluster, namespace {@code default}; the caller closes it. */
  public KubernetesClient newClient() {
    Config config =
        new ConfigBuilder(Config.empty())
            .withMasterUrl(url)
            .withNamespace("default")
            .withRequestRetryBackoffLimit(0)
            .build();
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  private static void bootstrap(KubernetesClient client) {
    for (String name : INITIAL_NAMESPACES) {
      client
          .namespaces()
          .resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
          .create();
    }
    client
        .nodes()
        .resource(
            new NodeBuilder()
                .withNewMetadata()
                .withName(NODE_NAME)
                .addToLabels("kubernetes.io/hostname", NODE_NAME)
                .addToLabels("kubernetes.io/os", "linux")
                .endMetadata()
                .build())
        .create();
  }

  @Override
  public void close() {
    simulator.close();
    simulatorClient.close();
    server.close();
    garbageCollector.close();
  }
}
