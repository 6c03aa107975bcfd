package io.mooring.controller.scenario;

import static io.mooring.controller.scenario.Manifests.configMap;
import static io.mooring.controller.scenario.Manifests.deployment;
import static io.mooring.controller.scenario.Manifests.failingHookJob;
import static io.mooring.controller.scenario.Manifests.hookJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.mooring.controller.operation.OperationRequests;
import io.mooring.controller.scenario.Manifests.SyncPolicy;
import io.mooring.model.Application;
import io.mooring.sandbox.sim.SimulatorOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories of sync order: phases, waves and hooks, failing hooks, and a controller restart. */
class HooksAndWavesScenarioTest {
  private static final Map<String, String> MULTI_WAVE =
      Map.of(
          "web/migrate.yaml", hookJob("migrate", "PreSync"),
          "web/db.yaml", deployment("db", 1, 0),
          "web/settings.yaml", configMap("settings", 1),
          "web/smoke.yaml", hookJob("smoke-test", "PostSync"));

  @TempDir Path work;
  private Scenario scenario;

  @AfterEach
  void stop() {
    scenario.close();
  }

  @Test
  void phasesAndWavesRunInOrderPreSyncThenWavesThenPostSync() {
    scenario = Scenario.start(work);
    scenario.push("multi-wave app", MULTI_WAVE);

    scenario.createApp(Manifests.app(SyncPolicy.AUTOMATED));

    Application app = scenario.awaitApp("web", Scenario::syncedAndHealthy);
    assertThat(app.status.operationState.phase).isEqualTo("Succeeded");
    assertThat(scenario.resourceUpdates("web"))
        .containsExactly(
            "Updated Job shop/migrate: created",
            "Updated Deployment shop/db: created",
            "Updated ConfigMap shop/settings: created",
            "Updated Job shop/smoke-test: created");
    assertThat(app.status.resources)
        .filteredOn(r -> !Boolean.TRUE.equals(r.hook))
        .extracting(r -> r.kind + "/" + r.name)
        .containsExactlyInAnyOrder("Deployment/db", "ConfigMap/settings");
  }

  @Test
  void aFailingHookRunsTheSyncFailHookAndFailsTheOperationWithItsMessage() {
    scenario = Scenario.start(work);
    scenario.push(
        "migration that fails",
        Map.of(
            "web/migrate.yaml",
            failingHookJob("migrate", "PreSync", "relation users already exists"),
            "web/db.yaml",
            deployment("db", 1, 0),
            "web/cleanup.yaml",
            hookJob("cleanup", "SyncFail")));

    scenario.createApp(Manifests.app(SyncPolicy.AUTOMATED));

    Application app =
        scenario.awaitApp(
            "web",
            a ->
                a.status != null
                    && a.status.operationState != null
                    && "Failed".equals(a.status.operationState.phase));
    // as in Argo CD, the hook's message is its Job's: the pod's own message stays on the pod
    assertThat(app.status.operationState.message)
        .endsWith("batch/Job/shop/migrate: Job has reached the specified backoff limit");
    assertThat(scenario.kube.batch().v1().jobs().inNamespace("shop").withName("cleanup").get())
        .as("the SyncFail hook ran")
        .isNotNull();
    assertThat(scenario.kube.apps().deployments().inNamespace("shop").withName("db").get())
        .as("nothing after the failed PreSync hook is applied")
        .isNull();
    assertThat(app.status.history).isNullOrEmpty();
  }

  @Test
  void aControllerRestartedInTheMiddleOfASyncCompletesItWithoutRerunningHooks() {
    scenario =
        Scenario.start(work, SimulatorOptions.fast().withPodReadyDelay(Duration.ofSeconds(1)));
    scenario.push("multi-wave app with a slow wave", MULTI_WAVE);
    scenario.createApp(Manifests.app(SyncPolicy.AUTOMATED));
    await()
        .atMost(Scenario.PATIENCE)
        .until(
            () -> scenario.kube.apps().deployments().inNamespace("shop").withName("db").get(),
            deployment -> deployment != null);
    Job migrate = scenario.kube.batch().v1().jobs().inNamespace("shop").withName("migrate").get();

    scenario.stopController();
    assertThat(scenario.apps.get("web").orElseThrow().status.operationState.phase)
        .as("stopped while the sync waits for wave 0")
        .isEqualTo("Running");
    scenario.startController();

    Application app = scenario.awaitApp("web", Scenario::syncedAndHealthy);
    assertThat(app.status.operationState.phase).isEqualTo("Succeeded");
    assertThat(scenario.kube.configMaps().inNamespace("shop").withName("settings").get())
        .isNotNull();
    assertThat(scenario.kube.batch().v1().jobs().inNamespace("shop").withName("smoke-test").get())
        .isNotNull();
    assertThat(
            scenario
                .kube
                .batch()
                .v1()
                .jobs()
                .inNamespace("shop")
                .withName("migrate")
                .get()
                .getMetadata()
                .getUid())
        .as("the PreSync hook was not created again")
        .isEqualTo(migrate.getMetadata().getUid());
    assertThat(scenario.resourceUpdates("web")).filteredOn(m -> m.contains("migrate")).hasSize(1);
    assertThat(app.status.history).hasSize(1);
  }

  @Test
  void terminatingASyncStuckInALongHookDeletesTheHookAndFailsTheOperation() throws Exception {
    scenario = Scenario.start(work, SimulatorOptions.fast().withJobRunTime(Duration.ofMinutes(5)));
    scenario.push("a very long migration", MULTI_WAVE);
    scenario.createApp(Manifests.app(SyncPolicy.AUTOMATED));
    await()
        .atMost(Scenario.PATIENCE)
        .until(
            () -> scenario.kube.batch().v1().jobs().inNamespace("shop").withName("migrate").get(),
            job -> job != null);

    scenario.request("web", OperationRequests::terminate);

    Application app = scenario.awaitApp("web", a -> "Failed".equals(a.status.operationState.phase));
    assertThat(app.status.operationState.message).isEqualTo("Operation terminated");
    await()
        .atMost(Scenario.PATIENCE)
        .until(
            () ->
                scenario.kube.batch().v1().jobs().inNamespace("shop").withName("migrate").get()
                    == null);
    assertThat(scenario.kube.apps().deployments().inNamespace("shop").withName("db").get())
        .isNull();
  }
}
