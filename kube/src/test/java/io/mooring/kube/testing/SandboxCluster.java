package io.mooring.kube.testing;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import io.mooring.sandbox.EmbeddedCluster;
import io.mooring.sandbox.EmbeddedClusterOptions;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An embedded cluster (the sandbox: discovery, patches, dryRun, garbage collection, a workload
 * simulator) with a client that counts every HTTP request it sends, so tests can prove that reading
 * the cache makes none. Watches use plain HTTP streams.
 */
public final class SandboxCluster implements AutoCloseable {
  private final EmbeddedCluster cluster;
  private final KubernetesClient client;
  private final AtomicInteger requests = new AtomicInteger();

  private SandboxCluster() {
    this.cluster = EmbeddedCluster.start(EmbeddedClusterOptions.forTests());
    this.client = newClient();
  }

  public static SandboxCluster start() {
    return new SandboxCluster();
  }

  /** The counting client. */
  public KubernetesClient client() {
    return client;
  }

  /** The client configuration, as a kubeconfig would give it. */
  public Config config() {
    return new ConfigBuilder(Config.empty())
        .withMasterUrl(cluster.url())
        .withNamespace("default")
        .withOnlyHttpWatches(true)
        .withRequestRetryBackoffLimit(0)
        .build();
  }

  public String url() {
    return cluster.url();
  }

  /** HTTP requests the client has sent so far. */
  public int requestCount() {
    return requests.get();
  }

  private KubernetesClient newClient() {
    Interceptor counter =
        new Interceptor() {
          @Override
          public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
            requests.incrementAndGet();
          }
        };
    return new KubernetesClientBuilder()
        .withConfig(config())
        .withHttpClientBuilderConsumer(b -> b.addOrReplaceInterceptor("count-requests", counter))
        .build();
  }

  @Override
  public void close() {
    client.close();
    cluster.close();
  }
}
