package io.mooring.kube.cache;

import static io.mooring.kube.testing.Manifests.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.engine.resource.ResourceKey;
import org.junit.jupiter.api.Test;

class ResourceIndexTest {
  private static final ResourceTracking TRACKING = ResourceTracking.defaults();
  private static final ResourceKey DEPLOYMENT =
      new ResourceKey("apps", "Deployment", "shop", "web");
  private static final ResourceKey REPLICA_SET =
      new ResourceKey("apps", "ReplicaSet", "shop", "web-5d8");
  private static final ResourceKey POD = new ResourceKey("", "Pod", "shop", "web-5d8-x1");

  private final ResourceIndex index = new ResourceIndex();

  private static CachedResource deployment(String app) {
    return CachedResource.of(
        yaml(
            "{apiVersion: apps/v1, kind: Deployment, metadata: {name: web, namespace: shop, uid: d1, labels: {app.kubernetes.io/instance: "
                + app
                + "}}}"),
        TRACKING);
  }

  private static CachedResource replicaSet() {
    return CachedResource.of(
        yaml(
            "{apiVersion: apps/v1, kind: ReplicaSet, metadata: {name: web-5d8, namespace: shop, uid: r1, ownerReferences: [{uid: d1, kind: Deployment, name: web}]}}"),
        TRACKING);
  }

  private static CachedResource pod() {
    return CachedResource.of(
        yaml(
            "{apiVersion: v1, kind: Pod, metadata: {name: web-5d8-x1, namespace: shop, uid: p1, ownerReferences: [{uid: r1, kind: ReplicaSet, name: web-5d8}]}}"),
        TRACKING);
  }

  @Test
  void deploymentReplicaSetAndPodFormTheAppsTree() {
    index.put(pod());
    index.put(replicaSet());
    index.put(deployment("guestbook"));

    assertThat(index.tree("guestbook"))
        .extracting(node -> node.resource().key(), ResourceNode::parents)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DEPLOYMENT, java.util.List.of()),
            org.assertj.core.groups.Tuple.tuple(REPLICA_SET, java.util.List.of(DEPLOYMENT)),
            org.assertj.core.groups.Tuple.tuple(POD, java.util.List.of(REPLICA_SET)));
    assertThat(index.managedBy("guestbook"))
        .extracting(CachedResource::key)
        .containsExactly(DEPLOYMENT);
    assertThat(index.children(DEPLOYMENT))
        .extracting(CachedResource::key)
        .containsExactly(REPLICA_SET);
  }

  @Test
  void untrackedPodBelongsToTheAppOfItsOwners() {
    index.put(deployment("guestbook"));
    index.put(replicaSet());

    assertThat(index.put(pod())).containsExactly("guestbook");
    assertThat(index.remove(POD)).containsExactly("guestbook");
  }

  @Test
  void retrackingAnObjectAffectsBothTheOldAndTheNewApp() {
    index.put(deployment("guestbook"));

    assertThat(index.put(deployment("shop"))).containsExactlyInAnyOrder("guestbook", "shop");
    assertThat(index.managedBy("guestbook")).isEmpty();
    assertThat(index.managedBy("shop")).hasSize(1);
  }

  @Test
  void objectOfNoAppAffectsNoApp() {
    assertThat(index.put(replicaSet())).isEmpty();
    assertThat(index.tree("guestbook")).isEmpty();
  }

  @Test
  void updatingAChildKeepsItLinkedUntilItsOwnerReferenceGoes() {
    index.put(deployment("guestbook"));
    index.put(replicaSet());
    index.put(replicaSet());

    assertThat(index.children(DEPLOYMENT))
        .extracting(CachedResource::key)
        .containsExactly(REPLICA_SET);

    index.put(
        CachedResource.of(
            yaml(
                "{apiVersion: apps/v1, kind: ReplicaSet, metadata: {name: web-5d8, namespace: shop, uid: r1}}"),
            TRACKING));

    assertThat(index.children(DEPLOYMENT)).isEmpty();
  }

  @Test
  void theObjectsOfANamespaceAreListedTrackedOrNotUntilTheyAreRemoved() {
    index.put(deployment("guestbook"));
    index.put(replicaSet());
    index.put(
        CachedResource.of(
            yaml("{apiVersion: v1, kind: ConfigMap, metadata: {name: other, namespace: blog}}"),
            TRACKING));

    assertThat(index.inNamespace("shop"))
        .extracting(CachedResource::key)
        .containsExactlyInAnyOrder(DEPLOYMENT, REPLICA_SET);

    index.remove(REPLICA_SET);

    assertThat(index.inNamespace("shop"))
        .extracting(CachedResource::key)
        .containsExactly(DEPLOYMENT);
    assertThat(index.inNamespace("nowhere")).isEmpty();
  }
}
