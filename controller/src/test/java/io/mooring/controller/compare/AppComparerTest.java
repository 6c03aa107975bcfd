package io.mooring.controller.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.health.HealthAssessor;
import io.mooring.engine.health.HealthStatus;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.model.ResourceStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppComparerTest {
  private static final ResourceKey DEPLOYMENT = new ResourceKey("apps", "Deployment", "web", "web");
  private static final ResourceKey SERVICE = new ResourceKey("", "Service", "web", "web");
  private static final ResourceKey OLD_CONFIG = new ResourceKey("", "ConfigMap", "web", "old");

  private final AppComparer comparer =
      new AppComparer(
          HealthAssessor.builtInOnly(),
          o -> o.path("metadata").path("annotations").has("argocd.argoproj.io/hook"));

  @Test
  void anAppWhoseLiveStateMatchesGitIsSyncedAndHealthy() {
    Comparison comparison =
        compare(List.of(deployment(2), service()), live(liveDeployment(2), liveService()));

    assertThat(comparison.syncStatus()).isEqualTo("Synced");
    assertThat(comparison.health()).isEqualTo(HealthStatus.Healthy);
  }

  @Test
  void aReplicaCountChangedByHandIsOutOfSync() {
    Comparison comparison =
        compare(List.of(deployment(2), service()), live(liveDeployment(5), liveService()));

    assertThat(comparison.syncStatus()).isEqualTo("OutOfSync");
    assertThat(resource(comparison, DEPLOYMENT).syncStatus()).isEqualTo("OutOfSync");
    assertThat(resource(comparison, SERVICE).syncStatus()).isEqualTo("Synced");
  }

  @Test
  void aResourceMissingFromTheClusterIsOutOfSyncAndMissing() {
    Comparison comparison = compare(List.of(deployment(2), service()), live(liveDeployment(2)));

    assertThat(resource(comparison, SERVICE).syncStatus()).isEqualTo("OutOfSync");
    assertThat(comparison.health()).isEqualTo(HealthStatus.Missing);
  }

  @Test
  void aTrackedResourceNoLongerInGitRequiresPruning() {
    Comparison comparison =
        compare(
            List.of(deployment(2), service()),
            live(liveDeployment(2), liveService(), liveConfigMap("old")));

    assertThat(resource(comparison, OLD_CONFIG).requiresPruning()).isTrue();
    assertThat(comparison.syncStatus()).isEqualTo("OutOfSync");
    assertThat(comparison.onlyPruningNeeded()).isTrue();
    assertThat(comparison.wouldPruneEverything()).isFalse();
  }

  @Test
  void anEmptyRenderWithTrackedResourcesWouldPruneEverything() {
    Comparison comparison = compare(List.of(), live(liveDeployment(2)));

    assertThat(comparison.wouldPruneEverything()).isTrue();
  }

  @Test
  void hooksAreNotComparedAndDoNotCountForHealth() {
    ObjectNode hook =
        yaml(
            """
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: migrate
              annotations: {argocd.argoproj.io/hook: PreSync}
            spec: {template: {spec: {containers: [{name: m, image: migrate:1}]}}}
            """);

    Comparison comparison =
        compare(List.of(deployment(2), service(), hook), live(liveDeployment(2), liveService()));

    assertThat(comparison.syncStatus()).isEqualTo("Synced");
    assertThat(comparison.health()).isEqualTo(HealthStatus.Healthy);
  }

  @Test
  void namespacedObjectsWithoutANamespaceGoToTheDestinationNamespace() {
    ObjectNode withoutNamespace = deployment(2);
    withoutNamespace.with("metadata").remove("namespace");

    Comparison comparison = compare(List.of(withoutNamespace, service()), live());

    assertThat(comparison.resources()).extracting(ResourceComparison::key).contains(DEPLOYMENT);
  }

  @Test
  void theStatusProjectionWritesArgoCdsStatusShape() {
    Application app = app();
    Comparison comparison =
        compare(List.of(deployment(2), service()), live(liveDeployment(5), liveService()));

    StatusProjection.apply(app, comparison, Instant.parse("2026-11-24T12:00:00Z"));

    assertThat(app.status.sync.status).isEqualTo("OutOfSync");
    assertThat(app.status.sync.revision).isEqualTo("abc123");
    assertThat(app.status.sync.comparedTo.source.path).isEqualTo("web");
    assertThat(app.status.health.status).isEqualTo("Healthy");
    assertThat(app.status.reconciledAt).isEqualTo("2026-11-24T12:00:00Z");
    assertThat(app.status.summary.images).containsExactly("nginx:1.27");
    ResourceStatus deployment =
        app.status.resources.stream()
            .filter(r -> r.kind.equals("Deployment"))
            .findFirst()
            .orElseThrow();
    assertThat(deployment.group).isEqualTo("apps");
    assertThat(deployment.version).isEqualTo("v1");
    assertThat(deployment.status).isEqualTo("OutOfSync");
    assertThat(deployment.health.status).isEqualTo("Healthy");
  }

  @Test
  void aLiveObjectTheGateRefusesIsLeftOutAndARefusedDesiredOneIsUnknownButStillOutOfSync() {
    ResourceGate noConfigMaps =
        (key, namespaced) ->
            key.kind().equals("ConfigMap") || key.kind().equals("Service")
                ? java.util.Optional.of("not permitted")
                : java.util.Optional.empty();

    Comparison comparison =
        comparer.compare(
            new CompareRequest(
                app(),
                List.of("abc123"),
                List.of(deployment(2), service()),
                live(liveDeployment(2), liveConfigMap("old")),
                gk -> true,
                noConfigMaps));

    assertThat(comparison.resources())
        .extracting(ResourceComparison::key)
        .doesNotContain(OLD_CONFIG);
    ResourceComparison service = resource(comparison, SERVICE);
    assertThat(service.syncStatus()).isEqualTo("Unknown");
    assertThat(service.denial()).hasValue("not permitted");
    assertThat(comparison.syncStatus()).isEqualTo("OutOfSync");
  }

  private Comparison compare(List<ObjectNode> desired, Map<ResourceKey, ObjectNode> live) {
    return comparer.compare(
        new CompareRequest(
            app(),
            List.of("abc123"),
            desired,
            live,
            gk -> !gk.kind().equals("Namespace"),
            ResourceGate.PERMIT_ALL));
  }

  private static ResourceComparison resource(Comparison comparison, ResourceKey key) {
    return comparison.resources().stream()
        .filter(r -> r.key().equals(key))
        .findFirst()
        .orElseThrow();
  }

  private static Map<ResourceKey, ObjectNode> live(ObjectNode... objects) {
    Map<ResourceKey, ObjectNode> live = new LinkedHashMap<>();
    for (ObjectNode object : objects) {
      live.put(ResourceKey.of(object), object);
    }
    return live;
  }

  private static Application app() {
    return ModelCodec.readYaml(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata: {name: web, namespace: argocd}
        spec:
          source: {repoURL: 'https://git.example.com/apps.git', path: web}
          destination: {server: 'https://kubernetes.default.svc', namespace: web}
        """,
        Application.class);
  }

  private static ObjectNode deployment(int replicas) {
    return yaml(
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: web}
        spec:
          replicas: %d
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec: {containers: [{name: web, image: 'nginx:1.27'}]}
        """
            .formatted(replicas));
  }

  private static ObjectNode liveDeployment(int replicas) {
    ObjectNode live = deployment(replicas);
    live.with("metadata").put("uid", "1").put("resourceVersion", "7").put("generation", 1);
    live.set(
        "status",
        yaml(
            """
            observedGeneration: 1
            replicas: %d
            updatedReplicas: %d
            readyReplicas: %d
            availableReplicas: %d
            """
                .formatted(replicas, replicas, replicas, replicas)));
    return live;
  }

  private static ObjectNode service() {
    return yaml(
        """
        apiVersion: v1
        kind: Service
        metadata: {name: web, namespace: web}
        spec: {selector: {app: web}, ports: [{port: 80}]}
        """);
  }

  private static ObjectNode liveService() {
    ObjectNode live = service();
    live.with("spec").put("clusterIP", "10.0.0.7").put("type", "ClusterIP");
    return live;
  }

  private static ObjectNode liveConfigMap(String name) {
    return yaml(
        """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: %s, namespace: web}
        data: {a: b}
        """
            .formatted(name));
  }

  private static ObjectNode yaml(String text) {
    return (ObjectNode) ModelCodec.readYaml(text, com.fasterxml.jackson.databind.JsonNode.class);
  }
}
