package io.mooring.controller.operation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.controller.compare.AppComparer;
import io.mooring.controller.compare.HookDetection;
import io.mooring.controller.ports.ClusterWriter;
import io.mooring.controller.ports.RenderedApp;
import io.mooring.controller.runtime.OperationRunner.StepOutcome;
import io.mooring.controller.testing.FakeCluster;
import io.mooring.controller.testing.InMemoryApplicationStore;
import io.mooring.controller.testing.InMemoryProjects;
import io.mooring.controller.testing.MovableClock;
import io.mooring.engine.health.HealthAssessor;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.model.Operation;
import io.mooring.model.OperationInitiator;
import io.mooring.model.SyncOperation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sync operations under the rules of the Application's project. */
class ProjectChecksOperationTest {
  private static final ResourceKey OLD_ROLE =
      new ResourceKey("rbac.authorization.k8s.io", "ClusterRole", "", "old");
  private final InMemoryApplicationStore store = new InMemoryApplicationStore();
  private final FakeCluster cluster = new FakeCluster();
  private final InMemoryProjects projects = InMemoryProjects.withDefaultProject();
  private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-06-01T10:30:00Z"));
  private final List<ObjectNode> git = new ArrayList<>();

  @Test
  void aSyncIncludingAClusterRoleTheProjectDoesNotPermitFailsNamingItAndAppliesNothing() {
    projects.put(team(""));
    git.add(configMap("settings"));
    git.add(clusterRole("reader"));
    store.put(syncRequestedBy("admin", "team"));

    runUntilFinished();

    Application app = store.get("web").orElseThrow();
    assertThat(app.status.operationState.phase).isEqualTo("Failed");
    assertThat(app.status.operationState.message)
        .isEqualTo(
            "one or more synchronization tasks are not valid: resource"
                + " rbac.authorization.k8s.io:ClusterRole reader is not permitted in project"
                + " 'team'");
    assertThat(app.status.operationState.syncResult.resources)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.kind).isEqualTo("ClusterRole");
              assertThat(r.status).isEqualTo("SyncFailed");
              assertThat(r.message).contains("is not permitted in project 'team'");
            });
    assertThat(cluster.writes).isEmpty();
    assertThat(app.status.history).isNull();
  }

  @Test
  void aLiveResourceTheProjectNoLongerPermitsIsNeverPruned() throws Exception {
    projects.put(team(""));
    Application app = syncRequestedBy("admin", "team");
    app.operation.sync.prune = true;
    cluster.apply(app, cluster.tracked(app, clusterRole("old")), apply());
    cluster.writes.clear();
    git.add(configMap("settings"));
    store.put(app);

    runUntilFinished();

    assertThat(store.get("web").orElseThrow().status.operationState.phase).isEqualTo("Succeeded");
    assertThat(cluster.objects).containsKey(OLD_ROLE);
    assertThat(cluster.writes).containsExactly("apply ConfigMap/settings");
  }

  @Test
  void aManualSyncInsideADenyWindowFailsWithTheWindowsMessageAndAppliesNothing() {
    projects.put(team(denyWindow("")));
    git.add(configMap("settings"));
    Application app = syncRequestedBy("admin", "team");
    app.spec.syncPolicy = new io.mooring.model.SyncPolicy();
    app.spec.syncPolicy.syncOptions = List.of("CreateNamespace=true");
    store.put(app);

    runUntilFinished();

    Application after = store.get("web").orElseThrow();
    assertThat(after.status.operationState.phase).isEqualTo("Failed");
    assertThat(after.status.operationState.message)
        .isEqualTo(
            "cannot sync application 'web': blocked by a deny sync window of project 'team'"
                + " (schedule '0 10 * * *', duration 1h)");
    assertThat(after.status.operationState.syncResult.revision).isNull();
    assertThat(after.operation).isNull();
    assertThat(cluster.writes).isEmpty();
  }

  @Test
  void anOperationStartedButNotYetSteppedIsStillHeldByTheWindowAfterARestart() {
    projects.put(team(denyWindow("")));
    git.add(configMap("settings"));
    Application app = syncRequestedBy("admin", "team");
    app.status = new io.mooring.model.ApplicationStatus();
    app.status.operationState = new io.mooring.model.OperationState();
    app.status.operationState.operation = ModelCodec.copy(app.operation);
    app.status.operationState.phase = "Running";
    app.status.operationState.startedAt = "2026-06-01T10:29:00Z";
    store.put(app);

    runUntilFinished();

    assertThat(store.get("web").orElseThrow().status.operationState.phase).isEqualTo("Failed");
    assertThat(cluster.writes).isEmpty();
  }

  @Test
  void aManualSyncPassesADenyWindowThatAllowsManualSyncs() {
    projects.put(team(denyWindow("manualSync: true")));
    git.add(configMap("settings"));
    store.put(syncRequestedBy("admin", "team"));

    runUntilFinished();

    assertThat(store.get("web").orElseThrow().status.operationState.phase).isEqualTo("Succeeded");
    assertThat(cluster.writes).containsExactly("apply ConfigMap/settings");
  }

  @Test
  void theSameSyncRunsOnceTheWindowHasClosed() {
    projects.put(team(denyWindow("")));
    git.add(configMap("settings"));
    clock.set(Instant.parse("2026-06-01T11:00:01Z"));
    store.put(syncRequestedBy("admin", "team"));

    runUntilFinished();

    assertThat(store.get("web").orElseThrow().status.operationState.phase).isEqualTo("Succeeded");
  }

  @Test
  void aResourceTrackedToAnotherAppFailsTheSyncUnderFailOnSharedResource() throws Exception {
    git.add(configMap("settings"));
    Application other = syncRequestedBy("admin", "default");
    other.metadata.name = "blog";
    cluster.apply(other, cluster.tracked(other, configMapIn("settings")), apply());
    cluster.writes.clear();
    Application app = syncRequestedBy("admin", "default");
    app.operation.sync.syncOptions = List.of("FailOnSharedResource=true");
    store.put(app);

    runUntilFinished();

    Application after = store.get("web").orElseThrow();
    assertThat(after.status.operationState.phase).isEqualTo("Failed");
    assertThat(after.status.operationState.message)
        .isEqualTo(
            "Shared resource found: ConfigMap/settings is part of applications web and blog");
    assertThat(cluster.writes).isEmpty();
  }

  @Test
  void withoutFailOnSharedResourceTheSyncTakesASharedResourceOver() throws Exception {
    git.add(configMap("settings"));
    Application other = syncRequestedBy("admin", "default");
    other.metadata.name = "blog";
    cluster.apply(other, cluster.tracked(other, configMapIn("settings")), apply());
    store.put(syncRequestedBy("admin", "default"));

    runUntilFinished();

    assertThat(store.get("web").orElseThrow().status.operationState.phase).isEqualTo("Succeeded");
    assertThat(
            cluster
                .objects
                .get(new ResourceKey("", "ConfigMap", "web", "settings"))
                .path("metadata")
                .path("labels")
                .path("app.kubernetes.io/instance")
                .asText())
        .isEqualTo("web");
  }

  @Test
  void anOperationOfAnAppWhoseProjectIsGoneEndsInErrorAndAppliesNothing() {
    git.add(configMap("settings"));
    store.put(syncRequestedBy("admin", "team"));

    runUntilFinished();

    Application app = store.get("web").orElseThrow();
    assertThat(app.status.operationState.phase).isEqualTo("Error");
    assertThat(app.status.operationState.message)
        .isEqualTo("application 'web' references project 'team' which does not exist");
    assertThat(cluster.writes).isEmpty();
  }

  private void runUntilFinished() {
    SyncOperationRunner runner = runner();
    StepOutcome outcome = runner.step("web");
    for (int i = 0; i < 10 && outcome instanceof StepOutcome.Continue; i++) {
      outcome = runner.step("web");
    }
    assertThat(outcome).isInstanceOf(StepOutcome.Finished.class);
  }

  private SyncOperationRunner runner() {
    HealthAssessor health = HealthAssessor.builtInOnly();
    return new SyncOperationRunner(
        new SyncOperationRunner.Collaborators(
            store,
            request -> new RenderedApp(List.of("abc123"), List.copyOf(git)),
            projects,
            cluster,
            cluster,
            new AppComparer(health, HookDetection::isHook),
            health,
            new RecordingAuditTrail(),
            clock));
  }

  /** Project {@code team}: any source, namespace {@code web}, no cluster-scoped resources. */
  private static String team(String extraSpec) {
    return """
        metadata: {name: team, namespace: argocd}
        spec:
          sourceRepos: ['*']
          destinations: [{server: '*', namespace: web}]
        """
        + extraSpec.indent(2);
  }

  /** A deny window from 10:00 to 11:00 UTC every day, for every app. */
  private static String denyWindow(String extra) {
    return "syncWindows: [{kind: deny, schedule: '0 10 * * *', duration: 1h, applications: ['*']"
        + (extra.isEmpty() ? "" : ", " + extra)
        + "}]";
  }

  private static Application syncRequestedBy(String user, String project) {
    Application app =
        ModelCodec.readYaml(
            """
            apiVersion: argoproj.io/v1alpha1
            kind: Application
            metadata: {name: web, namespace: argocd}
            spec:
              project: %s
              source: {repoURL: 'https://git.example.com/apps.git', path: web}
              destination: {server: 'https://kubernetes.default.svc', namespace: web}
            """
                .formatted(project),
            Application.class);
    app.operation = new Operation();
    app.operation.sync = new SyncOperation();
    app.operation.initiatedBy = new OperationInitiator();
    app.operation.initiatedBy.username = user;
    return app;
  }

  private static ClusterWriter.Apply apply() {
    return new ClusterWriter.Apply(ClusterWriter.Strategy.CLIENT_SIDE, false, false, true);
  }

  private static ObjectNode configMap(String name) {
    return yaml(
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: %s}\ndata: {a: b}\n".formatted(name));
  }

  private static ObjectNode configMapIn(String name) {
    ObjectNode object = configMap(name);
    object.with("metadata").put("namespace", "web");
    return object;
  }

  private static ObjectNode clusterRole(String name) {
    return yaml(
        """
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: %s}
        rules: [{apiGroups: [''], resources: [pods], verbs: [get]}]
        """
            .formatted(name));
  }

  private static ObjectNode yaml(String text) {
    return (ObjectNode) ModelCodec.readYaml(text, JsonNode.class);
  }
}
