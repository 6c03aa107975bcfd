package io.mooring.engine.sync;

import static io.mooring.engine.sync.SyncFixtures.key;
import static io.mooring.engine.sync.SyncFixtures.names;
import static io.mooring.engine.sync.SyncFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Waves: each starts only when the one before is applied and healthy. */
class WaveStoriesTest {

  @Test
  void wavesRunInOrderEachAfterThePreviousIsHealthy() throws SyncPlanException {
    SimulatedController controller = new SimulatedController(plan("waves-run-in-order"));

    SyncStep first = controller.step();
    assertThat(first).isInstanceOf(SyncStep.Execute.class);
    assertThat(names(((SyncStep.Execute) first).tasks())).containsExactly("Namespace/shop");

    SyncStep second = controller.step();
    assertThat(names(((SyncStep.Execute) second).tasks()))
        .containsExactly("ConfigMap/web-config", "Deployment/web");

    SyncStep waiting = controller.step();
    assertThat(waiting).isInstanceOf(SyncStep.Wait.class);
    assertThat(((SyncStep.Wait) waiting).reason())
        .isEqualTo("waiting for healthy state of apps/Deployment/web");
    assertThat(controller.state().message())
        .isEqualTo("waiting for healthy state of apps/Deployment/web");
    assertThat(controller.has(key("Ingress", "web"))).isFalse();

    controller.setHealth(key("Deployment", "web"), "Healthy", "");
    SyncStep third = controller.step();
    assertThat(names(((SyncStep.Execute) third).tasks())).containsExactly("Ingress/web");

    SyncStep done = controller.step();
    assertThat(done).isInstanceOf(SyncStep.Finished.class);
    assertThat(controller.state().phase()).isEqualTo(OperationPhase.Succeeded);
    assertThat(controller.state().message()).isEqualTo("successfully synced (no more tasks)");
    assertThat(controller.actions())
        .containsExactly(
            "apply Namespace/shop",
            "apply ConfigMap/web-config",
            "apply Deployment/web",
            "apply Ingress/web");
  }

  @Test
  void aResourceDegradedBeforeTheNextWaveFailsTheSyncAndStopsIt() throws SyncPlanException {
    SimulatedController controller = new SimulatedController(plan("waves-run-in-order"));
    controller.step();
    controller.step();
    controller.setHealth(
        key("Deployment", "web"), "Degraded", "Deployment exceeded its progress deadline");

    SyncStep step = controller.step();

    assertThat(step).isInstanceOf(SyncStep.Finished.class);
    assertThat(controller.state().phase()).isEqualTo(OperationPhase.Failed);
    assertThat(controller.state().message())
        .isEqualTo(
            "one or more synchronization tasks completed unsuccessfully, reason:"
                + " apps/Deployment/shop/web: Deployment exceeded its progress deadline");
    assertThat(controller.has(key("Ingress", "web"))).isFalse();
  }

  @Test
  void aSingleWaveSyncSucceedsRightAfterTheApplyWhateverTheHealthThen() throws SyncPlanException {
    SimulatedController controller = new SimulatedController(plan("single-wave-app"));

    SyncStep step = controller.runUntilSettled();

    assertThat(step).isInstanceOf(SyncStep.Finished.class);
    assertThat(controller.state().phase()).isEqualTo(OperationPhase.Succeeded);
    assertThat(controller.state().resources())
        .filteredOn(r -> r.kind().equals("Deployment"))
        .extracting(ResourceResult::status, ResourceResult::hookPhase)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ResultCode.Synced, OperationPhase.Running));
  }

  @Test
  void anApplyErrorFailsTheSyncWithTheErrorAndAppliesNoLaterWave() throws SyncPlanException {
    SimulatedController controller = new SimulatedController(plan("waves-run-in-order"));
    controller.failApplyOf(key("Namespace", "shop"), "namespaces \"shop\" is forbidden");

    controller.runUntilSettled();

    assertThat(controller.state().phase()).isEqualTo(OperationPhase.Failed);
    assertThat(controller.state().message())
        .endsWith("/Namespace//shop: namespaces \"shop\" is forbidden");
    assertThat(controller.actions()).containsExactly("apply Namespace/shop");
    assertThat(controller.state().resources())
        .extracting(ResourceResult::status)
        .containsExactly(ResultCode.SyncFailed);
  }

  @Test
  void askingAgainWithoutAnyChangeGivesTheSameStep() throws SyncPlanException {
    SimulatedController controller = new SimulatedController(plan("waves-run-in-order"));
    controller.step();
    controller.step();

    assertThat(controller.peek()).isEqualTo(controller.peek());
    assertThat(controller.peek()).isInstanceOf(SyncStep.Wait.class);
  }

  @Test
  void tasksStartedAreRecordedAsRunningBeforeTheControllerRunsThem() throws SyncPlanException {
    SimulatedController controller = new SimulatedController(plan("waves-run-in-order"));

    SyncStep.Execute execute = (SyncStep.Execute) controller.peek();

    assertThat(execute.state().phase()).isEqualTo(OperationPhase.Running);
    assertThat(execute.state().resources())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.name()).isEqualTo("shop");
              assertThat(r.status()).isNull();
              assertThat(r.hookPhase()).isEqualTo(OperationPhase.Running);
              assertThat(r.syncPhase()).isEqualTo(SyncPhase.Sync);
            });
  }
}
