package io.mooring.kube;

import static io.mooring.kube.testing.Manifests.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.kube.Clusters.ResourceChangeEvent;
import io.mooring.kube.apply.ApplyOptions;
import io.mooring.kube.apply.ApplyResult;
import io.mooring.kube.cache.ResourceTracking;
import io.mooring.kube.cluster.ClusterConnections;
import io.mooring.kube.cluster.ClusterRegistry;
import io.mooring.kube.cluster.UnknownClusterException;
import io.mooring.kube.discovery.ResourceExclusions;
import io.mooring.kube.testing.SandboxCluster;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The controller's view: destination → cluster → apply, then see it in the cache. */
class ClustersTest {
  private final List<ResourceChangeEvent> changes = new CopyOnWriteArrayList<>();
  private SandboxCluster sandbox;
  private Clusters clusters;

  @BeforeEach
  void start() {
    sandbox = SandboxCluster.start();
    sandbox
        .client()
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName("argocd").endMetadata().build())
        .create();
    ClusterRegistry registry = ClusterRegistry.start(sandbox.config(), sandbox.client(), "argocd");
    clusters =
        new Clusters(
            registry,
            new ClusterConnections(sandbox.client()),
            ResourceTracking.defaults(),
            ResourceExclusions.defaults(),
            (target, change) -> changes.add(change));
  }

  @AfterEach
  void stop() {
    clusters.close();
    sandbox.close();
  }

  @Test
  void appliedObjectOfAnAppShowsUpInTheClustersCacheAndTriggersTheApp() {
    Cluster cluster = clusters.forDestination("https://kubernetes.default.svc", null);
    assertThat(cluster.cache().awaitSynced(Duration.ofSeconds(30))).isTrue();

    ApplyResult result =
        cluster
            .operations()
            .apply(
                ResourceTracking.defaults()
                    .stamp(
                        yaml(
                            "{apiVersion: v1, kind: ConfigMap, metadata: {name: settings, namespace: default}, data: {a: b}}"),
                        "guestbook"),
                ApplyOptions.defaults());

    assertThat(result).isInstanceOf(ApplyResult.Created.class);
    await().until(() -> cluster.cache().managedResources("guestbook").size() == 1);
    await().until(() -> changes.stream().anyMatch(c -> c.apps().contains("guestbook")));
    assertThat(cluster.cache().get(new ResourceKey("", "ConfigMap", "default", "settings")))
        .isPresent();
  }

  @Test
  void theSameClusterIsReturnedForItsServerAndItsName() {
    assertThat(clusters.forDestination(null, "in-cluster"))
        .isSameAs(clusters.forDestination("https://kubernetes.default.svc", null));
  }

  @Test
  void unknownDestinationIsRefused() {
    assertThatThrownBy(() -> clusters.forDestination(null, "elsewhere"))
        .isInstanceOf(UnknownClusterException.class)
        .hasMessageContaining("there is no cluster named 'elsewhere'");
  }
}
