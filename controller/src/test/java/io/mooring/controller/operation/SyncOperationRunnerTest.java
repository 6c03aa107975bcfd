package io.mooring.controller.operation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.controller.compare.AppComparer;
import io.mooring.controller.compare.HookDetection;
import io.mooring.controller.ports.ManifestSource;
import io.mooring.controller.ports.RenderedApp;
import io.mooring.controller.runtime.OperationRunner.StepOutcome;
import io.mooring.controller.testing.FakeCluster;
import io.mooring.controller.testing.InMemoryApplicationStore;
import io.mooring.controller.testing.InMemoryProjects;
import io.mooring.engine.health.HealthAssessor;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.model.Operation;
import io.mooring.model.OperationInitiator;
import io.mooring.model.SyncOperation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncOperationRunnerTest {
  private final InMemoryApplicationStore store = new InMemoryApplicationStore();
  private final FakeCluster cluster = new FakeCluster();
  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private final List<ObjectNode> git = new ArrayList<>();
  private final List<ManifestSource.RenderRequest> renders = new ArrayList<>();
  private final InMemoryProjects projects = InMemoryProjects.withDefaultProject();
  private Clock clock = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void aManualSyncAppliesEverythingRecordsHistoryAndClearsTheOperation() {
    git.add(configMap("settings"));
    git.add(configMap("flags"));
    store.put(appWithSync(false));

    StepOutcome outcome = runner().step("web");

    Application app = store.get("web").orElseThrow();
    assertThat(outcome).isInstanceOf(StepOutcome.Finished.class);
    assertThat(cluster.writes).containsExactly("apply ConfigMap/flags", "apply ConfigMap/settings");
    assertThat(app.operation).isNull();
    assertThat(app.status.operationState.phase).isEqualTo("Succeeded");
    assertThat(app.status.operationState.syncResult.revision).isEqualTo("abc123");
    assertThat(app.status.operationState.syncResult.resources).hasSize(2);
    assertThat(app.status.history)
        .singleElement()
        .satisfies(h -> assertThat(h.revision).isEqualTo("abc123"));
    assertThat(audit.events).first().isEqualTo("started web");
    assertThat(audit.events).last().isEqualTo("finished Succeeded");
  }

  @Test
  void pruneDeletesWhatGitNoLongerHasOnlyWhenAskedTo() throws Exception {
    git.add(configMap("settings"));
    cluster.apply(null, cluster.tracked(app(), configMapIn("old")), applyOptions());
    cluster.writes.clear();

    store.put(appWithSync(false));
    runner().step("web");
    assertThat(cluster.objects).containsKey(new ResourceKey("", "ConfigMap", "web", "old"));
    assertThat(store.get("web").orElseThrow().status.operationState.syncResult.resources)
        .anySatisfy(r -> assertThat(r.status).isEqualTo("PruneSkipped"));

    store.put(appWithSync(true));
    runner().step("web");
    assertThat(cluster.objects).doesNotContainKey(new ResourceKey("", "ConfigMap", "web", "old"));
  }

  @Test
  void aPreSyncHookRunsBeforeTheResources() {
    git.add(configMap("settings"));
    git.add(job("migrate", "PreSync"));
    store.put(appWithSync(false));

    runUntilFinished();

    assertThat(cluster.writes).containsSubsequence("apply Job/migrate", "apply ConfigMap/settings");
    assertThat(store.get("web").orElseThrow().status.operationState.phase).isEqualTo("Succeeded");
  }

  @Test
  void aFailingPreSyncHookFailsTheSyncWithItsMessageAndAppliesNothing() {
    git.add(configMap("settings"));
    ObjectNode failing = job("migrate", "PreSync");
    failing.with("metadata").with("annotations").put("test/fail", "yes");
    git.add(failing);
    store.put(appWithSync(false));

    runUntilFinished();

    Application app = store.get("web").orElseThrow();
    assertThat(app.status.operationState.phase).isEqualTo("Failed");
    assertThat(app.status.operationState.message).contains("migration failed: table exists");
    assertThat(cluster.writes).doesNotContain("apply ConfigMap/settings");
    assertThat(app.status.history).isNull();
  }

  @Test
  void aRefusedObjectFailsTheSyncNamingIt() {
    ObjectNode refused = configMap("settings");
    refused.with("metadata").with("annotations").put("test/refuse", "yes");
    git.add(refused);
    store.put(appWithSync(false));

    runUntilFinished();

    Application app = store.get("web").orElseThrow();
    assertThat(app.status.operationState.phase).isEqualTo("Failed");
    assertThat(app.status.operationState.message).contains("ConfigMap settings is invalid");
    assertThat(app.operation).isNull();
  }

  @Test
  void wavesWaitForHealthAndARestartedControllerCompletesWithoutRepeatingHooks() {
    git.add(withWave(deployment("db"), "0"));
    git.add(withWave(configMap("web-settings"), "1"));
    git.add(job("seed", "PreSync"));
    store.put(appWithSync(false));

    StepOutcome first = runner().step("web");
    assertThat(first).isInstanceOf(StepOutcome.Continue.class);
    assertThat(cluster.writes).doesNotContain("apply ConfigMap/web-settings");

    cluster.rollOut();
    SyncOperationRunner restarted = runner();
    StepOutcome outcome = restarted.step("web");
    for (int i = 0; i < 5 && outcome instanceof StepOutcome.Continue; i++) {
      outcome = restarted.step("web");
    }

    assertThat(outcome).isInstanceOf(StepOutcome.Finished.class);
    assertThat(cluster.writes)
        .containsSubsequence("apply Deployment/db", "apply ConfigMap/web-settings");
    assertThat(cluster.writes.stream().filter(w -> w.equals("apply Job/seed"))).hasSize(1);
    assertThat(store.get("web").orElseThrow().status.operationState.phase).isEqualTo("Succeeded");
  }

  @Test
  void aRollbackRendersTheOperationsSourceAndRecordsItInHistory() {
    git.add(configMap("settings"));
    Application app = appWithSync(false);
    app.operation.sync.revision = "abc123";
    app.operation.sync.source = ModelCodec.copy(app.spec.source);
    app.operation.sync.source.path = "web-v1";
    store.put(app);

    runUntilFinished();

    assertThat(renders)
        .allSatisfy(
            r -> {
              assertThat(r.sources()).extracting(s -> s.path).containsExactly("web-v1");
              assertThat(r.revisions()).containsExactly("abc123");
            });
    Application after = store.get("web").orElseThrow();
    assertThat(after.status.history)
        .singleElement()
        .satisfies(h -> assertThat(h.source.path).isEqualTo("web-v1"));
    assertThat(after.status.operationState.syncResult.source.path).isEqualTo("web-v1");
  }

  @Test
  void aTerminatedOperationFailsWithoutStartingTheNextWave() throws Exception {
    git.add(withWave(deployment("db"), "0"));
    git.add(withWave(configMap("web-settings"), "1"));
    store.put(appWithSync(false));
    assertThat(runner().step("web")).isInstanceOf(StepOutcome.Continue.class);

    store.put(OperationRequests.terminate(store.get("web").orElseThrow()));
    runUntilFinished();

    Application app = store.get("web").orElseThrow();
    assertThat(app.status.operationState.phase).isEqualTo("Failed");
    assertThat(app.status.operationState.message).isEqualTo("Operation terminated");
    assertThat(cluster.writes).doesNotContain("apply ConfigMap/web-settings");
    assertThat(app.status.history).isNull();
  }

  @Test
  void aTerminatedOperationDeletesItsRunningHook() throws Exception {
    git.add(configMap("settings"));
    ObjectNode running = job("migrate", "PreSync");
    running.with("metadata").with("annotations").put("test/runs", "yes");
    git.add(running);
    store.put(appWithSync(false));
    assertThat(runner().step("web")).isInstanceOf(StepOutcome.Continue.class);
    assertThat(runner().step("web")).isInstanceOf(StepOutcome.Continue.class);

    store.put(OperationRequests.terminate(store.get("web").orElseThrow()));
    runUntilFinished();

    assertThat(cluster.writes).contains("delete Job/migrate");
    assertThat(store.get("web").orElseThrow().status.operationState.message)
        .isEqualTo("Operation terminated");
  }

  @Test
  void aDryRunChangesNothingAndRecordsNoHistory() {
    git.add(configMap("settings"));
    Application app = appWithSync(false);
    app.operation.sync.dryRun = true;
    store.put(app);

    runUntilFinished();

    Application after = store.get("web").orElseThrow();
    assertThat(cluster.objects).isEmpty();
    assertThat(after.status.operationState.phase).isEqualTo("Succeeded");
    assertThat(after.status.history).isNull();
  }

  @Test
  void anAppWithoutOperationHasNothingToDo() {
    store.put(app());

    assertThat(runner().step("web")).isInstanceOf(StepOutcome.Finished.class);
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
            request -> {
              renders.add(request);
              return new RenderedApp(List.of("abc123"), List.copyOf(git));
            },
            projects,
            cluster,
            cluster,
            new AppComparer(health, HookDetection::isHook),
            health,
            audit,
            clock));
  }

  private static io.mooring.controller.ports.ClusterWriter.Apply applyOptions() {
    return new io.mooring.controller.ports.ClusterWriter.Apply(
        io.mooring.controller.ports.ClusterWriter.Strategy.CLIENT_SIDE, false, false, true);
  }

  private static Application appWithSync(boolean prune) {
    Application app = app();
    app.operation = new Operation();
    app.operation.sync = new SyncOperation();
    app.operation.sync.prune = prune;
    app.operation.initiatedBy = new OperationInitiator();
    app.operation.initiatedBy.username = "admin";
    return app;
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

  private static ObjectNode configMap(String name) {
    return yaml(
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: %s}\ndata: {a: b}\n".formatted(name));
  }

  private static ObjectNode configMapIn(String name) {
    ObjectNode object = configMap(name);
    object.with("metadata").put("namespace", "web");
    return object;
  }

  private static ObjectNode deployment(String name) {
    return yaml(
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: %s}
        spec:
          replicas: 1
          selector: {matchLabels: {app: %s}}
          template: {metadata: {labels: {app: %s}}, spec: {containers: [{name: c, image: 'db:1'}]}}
        """
            .formatted(name, name, name));
  }

  private static ObjectNode job(String name, String hook) {
    return yaml(
        """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: %s
          annotations: {argocd.argoproj.io/hook: %s}
        spec: {template: {spec: {restartPolicy: Never, containers: [{name: j, image: 'tool:1'}]}}}
        """
            .formatted(name, hook));
  }

  private static ObjectNode withWave(ObjectNode object, String wave) {
    object.with("metadata").with("annotations").put("argocd.argoproj.io/sync-wave", wave);
    return object;
  }

  private static ObjectNode yaml(String text) {
    return (ObjectNode) ModelCodec.readYaml(text, JsonNode.class);
  }
}
