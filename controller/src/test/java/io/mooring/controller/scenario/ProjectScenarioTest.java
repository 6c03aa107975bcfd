package io.mooring.controller.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mooring.controller.operation.OperationRequests;
import io.mooring.controller.operation.SyncOrder;
import io.mooring.controller.testing.MovableClock;
import io.mooring.model.Application;
import io.mooring.model.ApplicationCondition;
import io.mooring.model.ResourceStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories of Applications under the rules of their AppProject, on the embedded cluster. */
class ProjectScenarioTest {
  private static final String CLUSTER_ROLE =
      """
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: reader}
      rules: [{apiGroups: [''], resources: [pods], verbs: [get]}]
      """;
  private static final String APP =
      """
      apiVersion: argoproj.io/v1alpha1
      kind: Application
      metadata: {name: %s, namespace: argocd}
      spec:
        project: %s
        source: {repoURL: REPO, path: %s, targetRevision: main}
        destination: {server: 'https://kubernetes.default.svc', namespace: shop}
        syncPolicy:
          %s
          syncOptions: [CreateNamespace=true]
      """;
  private static final String AUTOMATED = "automated: {prune: true}";
  private static final String MANUAL = "";

  @TempDir Path work;
  private Scenario scenario;

  @AfterEach
  void stop() {
    scenario.close();
  }

  /** Project {@code team}: this repository, namespace {@code namespace}, no cluster resources. */
  private String team(String namespace, String extraSpec) {
    return """
        apiVersion: argoproj.io/v1alpha1
        kind: AppProject
        metadata: {name: team, namespace: argocd}
        spec:
          sourceRepos: ['%s']
          destinations: [{server: 'https://kubernetes.default.svc', namespace: %s}]
        """
            .formatted(scenario.repoUrl(), namespace)
        + extraSpec.indent(2);
  }

  @Test
  void anAppInAProjectThatForbidsItsDestinationShowsInvalidSpecErrorAndCreatesNothing() {
    scenario = Scenario.start(work);
    scenario.push("web", Map.of("web/settings.yaml", Manifests.configMap("settings", 0)));
    scenario.applyProject(team("web", ""));

    scenario.createApp(APP.formatted("web", "team", "web", AUTOMATED));

    Application app =
        scenario.awaitApp("web", a -> hasCondition(a, "InvalidSpecError", "spec.destinations"));
    assertThat(app.status.sync.status).isEqualTo("Unknown");
    assertThat(app.status.operationState).isNull();
    assertThat(scenario.kube.namespaces().withName("shop").get()).isNull();

    scenario.applyProject(team("shop", ""));

    scenario.awaitApp("web", Scenario::syncedAndHealthy);
    assertThat(scenario.kube.configMaps().inNamespace("shop").withName("settings").get())
        .isNotNull();
  }

  @Test
  void aClusterRoleInAnAppWhoseProjectDoesNotWhitelistClusterResourcesIsNotAppliedAndFails() {
    scenario = Scenario.start(work);
    scenario.push(
        "web",
        Map.of(
            "web/settings.yaml",
            Manifests.configMap("settings", 0),
            "web/role.yaml",
            CLUSTER_ROLE));
    scenario.applyProject(team("shop", ""));

    scenario.createApp(APP.formatted("web", "team", "web", AUTOMATED));

    Application app = scenario.awaitApp("web", Scenario.operationEnded("Failed", 0));
    String refusal =
        "resource rbac.authorization.k8s.io:ClusterRole reader is not permitted in project 'team'";
    assertThat(app.status.operationState.message).contains(refusal);
    assertThat(scenario.kube.rbac().clusterRoles().withName("reader").get()).isNull();
    assertThat(scenario.kube.configMaps().inNamespace("shop").withName("settings").get()).isNull();
    app = scenario.awaitApp("web", a -> hasCondition(a, "SyncError", refusal));
    ResourceStatus role =
        app.status.resources.stream()
            .filter(r -> r.kind.equals("ClusterRole"))
            .findFirst()
            .orElseThrow();
    assertThat(role.status).isEqualTo("Unknown");
    assertThat(role.health.message).isEqualTo(refusal);
  }

  @Test
  void anAutomatedAppInsideADenyWindowIsNotSyncedUntilTheWindowCloses() {
    MovableClock clock = MovableClock.runningFrom(Instant.parse("2026-06-01T10:30:00Z"));
    scenario = Scenario.start(work, clock);
    scenario.push("web", Map.of("web/settings.yaml", Manifests.configMap("settings", 0)));
    scenario.applyProject(
        team(
            "shop",
            "syncWindows: [{kind: deny, schedule: '0 10 * * *', duration: 1h, applications:"
                + " ['*']}]"));

    scenario.createApp(APP.formatted("web", "team", "web", AUTOMATED));

    scenario.awaitApp("web", a -> a.status != null && "OutOfSync".equals(a.status.sync.status));
    long seen = scenario.controller().queueFigures().reconciles();
    await()
        .atMost(Scenario.PATIENCE)
        .until(() -> scenario.controller().queueFigures().reconciles() >= seen + 2);
    Application held = scenario.apps.get("web").orElseThrow();
    assertThat(held.operation).isNull();
    assertThat(held.status.operationState).isNull();
    assertThat(held.status.conditions).isNullOrEmpty();
    assertThat(scenario.kube.configMaps().inNamespace("shop").withName("settings").get()).isNull();

    clock.set(Instant.parse("2026-06-01T11:00:05Z"));

    Application synced = scenario.awaitApp("web", Scenario::syncedAndHealthy);
    assertThat(synced.status.operationState.phase).isEqualTo("Succeeded");
    assertThat(synced.status.operationState.operation.initiatedBy.automated).isTrue();
  }

  @Test
  void aResourceSharedWithAnotherAppRaisesSharedResourceWarningAndFailOnSharedResourceFails()
      throws Exception {
    scenario = Scenario.start(work);
    scenario.push(
        "two apps, one ConfigMap",
        Map.of(
            "blog/settings.yaml",
            Manifests.configMap("settings", 0),
            "web/settings.yaml",
            Manifests.configMap("settings", 0)));
    scenario.createApp(APP.formatted("blog", "default", "blog", AUTOMATED));
    scenario.awaitApp("blog", Scenario::syncedAndHealthy);

    scenario.createApp(APP.formatted("web", "default", "web", MANUAL));

    String shared = "ConfigMap/settings is part of applications web and blog";
    scenario.awaitApp("web", a -> hasCondition(a, "SharedResourceWarning", shared));

    scenario.request(
        "web",
        app ->
            OperationRequests.sync(
                app,
                SyncOrder.ofEverything().withSyncOptions(List.of("FailOnSharedResource=true")),
                "alice"));

    Application app = scenario.awaitApp("web", Scenario.operationEnded("Failed", 0));
    assertThat(app.status.operationState.message).isEqualTo("Shared resource found: " + shared);
    assertThat(
            scenario
                .kube
                .configMaps()
                .inNamespace("shop")
                .withName("settings")
                .get()
                .getMetadata()
                .getLabels())
        .containsEntry("app.kubernetes.io/instance", "blog");
  }

  @Test
  void anOrphanedConfigMapInTheNamespaceRaisesOrphanedResourceWarning() {
    scenario = Scenario.start(work);
    scenario.push("web", Map.of("web/settings.yaml", Manifests.configMap("settings", 0)));
    scenario.applyProject(team("shop", "orphanedResources: {warn: true}"));
    scenario.createApp(APP.formatted("web", "team", "web", AUTOMATED));
    Application synced = scenario.awaitApp("web", Scenario::syncedAndHealthy);
    assertThat(synced.status.conditions).isNullOrEmpty();

    scenario
        .kube
        .configMaps()
        .inNamespace("shop")
        .resource(
            new io.fabric8.kubernetes.api.model.ConfigMapBuilder()
                .withNewMetadata()
                .withName("left-behind")
                .endMetadata()
                .addToData("a", "b")
                .build())
        .create();

    scenario.awaitApp(
        "web",
        a -> hasCondition(a, "OrphanedResourceWarning", "Application has 1 orphaned resources"));
  }

  private static boolean hasCondition(Application app, String type, String messagePart) {
    List<ApplicationCondition> conditions =
        app.status == null || app.status.conditions == null ? List.of() : app.status.conditions;
    return conditions.stream()
        .anyMatch(c -> type.equals(c.type) && c.message != null && c.message.contains(messagePart));
  }
}
