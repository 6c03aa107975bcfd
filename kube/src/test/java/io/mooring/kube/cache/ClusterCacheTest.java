package io.mooring.kube.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.engine.resource.GroupKind;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.kube.discovery.ApiDiscovery;
import io.mooring.kube.discovery.ApiResourceCatalog;
import io.mooring.kube.discovery.ApiResourceType;
import io.mooring.kube.testing.Manifests;
import io.mooring.kube.testing.SandboxCluster;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cluster cache against the embedded cluster: real discovery, informers and controllers. */
class ClusterCacheTest {
  private final List<Set<String>> notifications = new CopyOnWriteArrayList<>();
  private SandboxCluster cluster;
  private KubernetesClient client;
  private ClusterCache cache;

  @BeforeEach
  void startClusterAndCache() {
    cluster = SandboxCluster.start();
    client = cluster.client();
    cache = start(ResourceTracking.defaults());
  }

  @AfterEach
  void stop() {
    cache.close();
    cluster.close();
  }

  private ClusterCache start(ResourceTracking tracking) {
    ApiResourceCatalog catalog = ApiResourceCatalog.of(new ApiDiscovery(client));
    ClusterCache started =
        ClusterCache.start(
            client, catalog, CacheOptions.defaults(cluster.url()).withTracking(tracking));
    started.addListener((key, apps) -> notifications.add(apps));
    assertThat(started.awaitSynced(Duration.ofSeconds(30))).isTrue();
    return started;
  }

  private HasMetadata create(String yaml) {
    return client.resource(Manifests.yaml(yaml).toString()).create();
  }

  @Test
  void cacheSeesObjectsCreatedChangedAndDeleted() {
    create(
        "{apiVersion: v1, kind: ConfigMap, metadata: {name: colors, namespace: default}, data: {a: red}}");
    ResourceKey key = new ResourceKey("", "ConfigMap", "default", "colors");
    await().until(() -> cache.get(key).isPresent());

    client
        .configMaps()
        .inNamespace("default")
        .withName("colors")
        .edit(
            cm -> {
              cm.getData().put("a", "blue");
              return cm;
            });
    await()
        .until(
            () ->
                "blue"
                    .equals(cache.get(key).map(r -> r.object().at("/data/a").asText()).orElse("")));

    client.configMaps().inNamespace("default").withName("colors").delete();
    await().until(() -> cache.get(key).isEmpty());
  }

  @Test
  void objectsLabelledWithTheAppAreItsManagedResourcesAndTheirChangesNotifyIt() {
    create(
        "{apiVersion: v1, kind: ConfigMap, metadata: {name: mine, namespace: default, labels: {app.kubernetes.io/instance: guestbook}}}");
    create(
        "{apiVersion: v1, kind: ConfigMap, metadata: {name: other, namespace: default, labels: {app.kubernetes.io/instance: shop}}}");

    await()
        .untilAsserted(
            () ->
                assertThat(cache.managedResources("guestbook"))
                    .extracting(r -> r.key().name())
                    .containsExactly("mine"));
    await().until(() -> notifications.contains(Set.of("guestbook")));
  }

  @Test
  void annotationTrackingFindsObjectsByTheirTrackingIdAndIgnoresCopies() {
    cache.close();
    cache = start(new ResourceTracking(TrackingMethod.ANNOTATION, ResourceTracking.DEFAULT_LABEL));
    create(
        """
        apiVersion: v1
        kind: Secret
        metadata:
          name: token
          namespace: default
          annotations: {argocd.argoproj.io/tracking-id: "vault:/Secret:default/token"}
        """);
    create(
        """
        apiVersion: v1
        kind: Secret
        metadata:
          name: copied
          namespace: default
          annotations: {argocd.argoproj.io/tracking-id: "vault:/Secret:default/token"}
        """);

    await().until(() -> cache.get(new ResourceKey("", "Secret", "default", "copied")).isPresent());
    assertThat(cache.managedResources("vault"))
        .extracting(r -> r.key().name())
        .containsExactly("token");
  }

  @Test
  void deploymentReplicaSetAndPodFormTheAppTreeAndPodChangesNotifyTheApp() {
    create(
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: default, labels: {app.kubernetes.io/instance: guestbook}}
        spec:
          replicas: 1
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec: {containers: [{name: web, image: nginx}]}
        """);

    await()
        .untilAsserted(
            () ->
                assertThat(cache.tree("guestbook"))
                    .extracting(node -> node.resource().key().kind())
                    .containsExactly("Deployment", "ReplicaSet", "Pod"));
    ResourceNode pod = cache.tree("guestbook").get(2);
    assertThat(pod.parents()).extracting(ResourceKey::kind).containsExactly("ReplicaSet");
    assertThat(pod.resource().app()).as("pods are not labelled by Mooring").isEmpty();
    assertThat(cache.appsOf(pod.resource())).containsExactly("guestbook");
    assertThat(cache.children(new ResourceKey("apps", "Deployment", "default", "web")))
        .extracting(r -> r.key().kind())
        .containsExactly("ReplicaSet");

    notifications.clear();
    client.pods().inNamespace("default").withName(pod.resource().key().name()).delete();
    await().until(() -> notifications.contains(Set.of("guestbook")));
  }

  @Test
  void onceSyncedTheCacheHoldsEveryObjectThatExistedBeforeItStarted() {
    cache.close();
    for (int i = 0; i < 150; i++) {
      create(
          "{apiVersion: v1, kind: ConfigMap, metadata: {name: old-%d, namespace: default, labels: {app.kubernetes.io/instance: legacy}}}"
              .formatted(i));
    }

    cache = start(ResourceTracking.defaults());

    assertThat(cache.isSynced()).isTrue();
    assertThat(cache.managedResources("legacy")).hasSize(150);
  }

  @Test
  void readingTheCacheInSteadyStateMakesNoApiCalls() {
    for (int i = 0; i < 20; i++) {
      create(
          "{apiVersion: v1, kind: ConfigMap, metadata: {name: cm-%d, namespace: default, labels: {app.kubernetes.io/instance: steady}}}"
              .formatted(i));
    }
    await().until(() -> cache.managedResources("steady").size() == 20);
    int requestsBefore = cluster.requestCount();

    for (int round = 0; round < 500; round++) {
      assertThat(cache.managedResources("steady")).hasSize(20);
      assertThat(cache.get(new ResourceKey("", "ConfigMap", "default", "cm-7"))).isPresent();
      assertThat(cache.tree("steady")).hasSize(20);
      assertThat(cache.ensureWatched(new GroupKind("apps", "Deployment"))).isTrue();
    }

    assertThat(cluster.requestCount()).isEqualTo(requestsBefore);
  }

  @Test
  void creatingACrdStartsWatchingItsTypeAndItsObjectsAppear() {
    GroupKind cronTab = new GroupKind("stable.example.com", "CronTab");
    assertThat(cache.watchedTypes()).doesNotContain(cronTab);

    create(
        """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: {name: crontabs.stable.example.com}
        spec:
          group: stable.example.com
          scope: Namespaced
          names: {kind: CronTab, plural: crontabs, singular: crontab, listKind: CronTabList}
          versions: [{name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}}]
        """);
    await().until(() -> cache.watchedTypes().contains(cronTab));
    assertThat(cache.awaitSynced(Duration.ofSeconds(30))).isTrue();

    create(
        "{apiVersion: stable.example.com/v1, kind: CronTab, metadata: {name: nightly, namespace: default}, spec: {cron: '0 0 * * *'}}");
    await()
        .until(
            () ->
                cache
                    .get(new ResourceKey("stable.example.com", "CronTab", "default", "nightly"))
                    .isPresent());
  }

  @Test
  void typeThatCannotBeListedIsDroppedInsteadOfHoldingTheCacheBack() {
    ApiDiscovery discovery = new ApiDiscovery(client);
    ApiResourceType ghost =
        new ApiResourceType("example.com", "v1", "Ghost", "ghosts", true, Set.of("list", "watch"));
    ApiResourceCatalog catalog =
        new ApiResourceCatalog(
            () -> Stream.concat(discovery.discover().stream(), Stream.of(ghost)).toList(),
            Duration.ofMinutes(1),
            Clock.systemUTC());

    try (ClusterCache withGhost =
        ClusterCache.start(client, catalog, CacheOptions.defaults(cluster.url()))) {
      assertThat(withGhost.awaitSynced(Duration.ofSeconds(30))).isTrue();
      await().until(() -> !withGhost.watchedTypes().contains(ghost.groupKind()));
      assertThat(withGhost.watchedTypes()).contains(new GroupKind("", "ConfigMap"));
    }
  }

  @Test
  void eventsAndLeasesAreNotWatchedButWorkloadsAre() {
    assertThat(cache.watchedTypes())
        .contains(new GroupKind("apps", "Deployment"), new GroupKind("", "Pod"))
        .doesNotContain(new GroupKind("", "Event"), new GroupKind("coordination.k8s.io", "Lease"));
    assertThat(cache.ensureWatched(new GroupKind("", "Event"))).isFalse();
  }
}
