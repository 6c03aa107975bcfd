package io.mooring.engine.sync;

import static io.mooring.engine.sync.SyncFixtures.key;
import static io.mooring.engine.sync.SyncFixtures.names;
import static io.mooring.engine.sync.SyncFixtures.objects;
import static io.mooring.engine.sync.SyncFixtures.options;
import static io.mooring.engine.sync.SyncFixtures.plan;
import static io.mooring.engine.sync.SyncFixtures.planAgainstLive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.mooring.engine.resource.ResourceKey;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Terminate, dry run, prune, prune confirmation, selective sync and ApplyOutOfSyncOnly. */
class OperationControlTest {

  private static final String MIGRATE =
      "migrate-0123456-presync-" + SyncFixtures.STARTED_AT.getEpochSecond();

  @Test
  void terminateDeletesTheRunningHookAndFailsTheOperation() throws SyncPlanException {
    SimulatedController controller = new SimulatedController(plan("presync-and-postsync-hooks"));
    controller.step();
    controller.terminate();

    SyncStep step = controller.step();

    assertThat(step).isInstanceOf(SyncStep.Finished.class);
    assertThat(step.deletions())
        .extracting(d -> d.hook().key().name(), HookDeletion::reason)
        .containsExactly(tuple(MIGRATE, HookDeletion.Reason.TERMINATED));
    assertThat(controller.state().phase()).isEqualTo(OperationPhase.Failed);
    assertThat(controller.state().message()).isEqualTo("Operation terminated");
    assertThat(controller.state().resources())
        .extracting(ResourceResult::hookPhase, ResourceResult::message)
        .containsExactly(tuple(OperationPhase.Failed, "Terminated"));
    assertThat(controller.runUntilSettled()).isInstanceOf(SyncStep.Finished.class);
    assertThat(controller.actions())
        .containsExactly("create Job/" + MIGRATE, "delete Job/" + MIGRATE + " (TERMINATED)");
  }

  @Test
  void terminateDeletesARunningHookRecordedAsRunningEvenBeforeTheCacheHasSeenIt()
      throws SyncPlanException {
    SimulatedController controller = new SimulatedController(plan("presync-and-postsync-hooks"));
    controller.step();
    ResourceKey migrate = controller.state().resources().get(0).key();
    controller.hideFromCache(migrate);
    controller.terminate();

    SyncStep step = controller.step();

    assertThat(step.deletions())
        .extracting(d -> d.hook().key().name(), HookDeletion::reason)
        .containsExactly(tuple(MIGRATE, HookDeletion.Reason.TERMINATED));
    assertThat(controller.state().message()).isEqualTo("Operation terminated");
  }

  @Test
  void aTerminateRequestIsRecordedAsTerminating() {
    assertThat(SyncState.start().terminate().phase()).isEqualTo(OperationPhase.Terminating);
    SyncState done = SyncState.start().withPhase(OperationPhase.Succeeded, "ok");
    assertThat(done.terminate()).isEqualTo(done);
  }

  @Test
  void dryRunRunsEveryTaskAsADryRunInOneStepAndChangesNothing() throws SyncPlanException {
    SimulatedController controller =
        new SimulatedController(
            plan("presync-and-postsync-hooks", options().with(OperationFlag.DRY_RUN)));

    SyncStep step = controller.step();

    assertThat(step).isInstanceOf(SyncStep.Execute.class);
    assertThat(((SyncStep.Execute) step).mode()).isEqualTo(ExecutionMode.DRY_RUN);
    assertThat(names(((SyncStep.Execute) step).tasks()))
        .containsExactly(
            "Job/" + MIGRATE, "ConfigMap/web-config", "Deployment/web", "Job/smoke-test");
    assertThat(controller.has(key("Deployment", "web"))).isFalse();

    SyncStep done = controller.step();
    assertThat(done).isInstanceOf(SyncStep.Finished.class);
    assertThat(done.deletions()).isEmpty();
    assertThat(controller.state().message()).isEqualTo("successfully synced (dry run)");
    assertThat(controller.state().resources())
        .extracting(ResourceResult::hookPhase)
        .containsOnly(OperationPhase.Succeeded);
  }

  @Test
  void dryRunThatFailsFailsWithoutRunningSyncFailHooks() throws SyncPlanException {
    SimulatedController controller =
        new SimulatedController(
            plan("presync-hook-failure-runs-syncfail", options().with(OperationFlag.DRY_RUN)));
    controller.failApplyOf(key("Deployment", "web"), "spec.replicas: Invalid value: -1");

    controller.runUntilSettled();

    assertThat(controller.state().phase()).isEqualTo(OperationPhase.Failed);
    assertThat(controller.state().message()).contains("spec.replicas: Invalid value: -1");
    assertThat(controller.actions())
        .containsExactly("dry-run Job/migrate", "dry-run Deployment/web");
  }

  @Test
  void prunesRunWaveByWaveInReverseOrderAndPruneLastLast() throws SyncPlanException {
    SimulatedController controller =
        new SimulatedController(
            planAgainstLive("prune-in-reverse-wave-order", options().with(OperationFlag.PRUNE)));
    SyncFixtures.live("prune-in-reverse-wave-order-live")
        .keySet()
        .forEach(k -> controller.exists(k, LiveResource.present()));

    controller.runUntilSettled();

    assertThat(controller.state().phase()).isEqualTo(OperationPhase.Succeeded);
    assertThat(controller.actions())
        .containsExactly(
            "prune ConfigMap/created-last",
            "prune ConfigMap/created-second",
            "apply ConfigMap/kept",
            "prune ConfigMap/created-first",
            "prune Secret/pruned-last");
    assertThat(controller.state().resources())
        .filteredOn(r -> r.status() == ResultCode.Pruned)
        .hasSize(4);
  }

  @Test
  void aWaveWaitsUntilItsPrunedObjectsAreGone() throws SyncPlanException {
    SimulatedController controller =
        new SimulatedController(
            planAgainstLive("prune-in-reverse-wave-order", options().with(OperationFlag.PRUNE)));
    SyncFixtures.live("prune-in-reverse-wave-order-live")
        .keySet()
        .forEach(k -> controller.exists(k, LiveResource.present()));
    controller.deleteSlowly();

    controller.step();
    SyncStep waiting = controller.step();

    assertThat(((SyncStep.Wait) waiting).reason())
        .isEqualTo("waiting for deletion of /ConfigMap/created-last");
    controller.finishDeletions();
    assertThat(names(((SyncStep.Execute) controller.step()).tasks()))
        .containsExactly("ConfigMap/created-second", "ConfigMap/kept");
  }

  @Test
  void skippedPrunesAreReportedInTheResults() throws SyncPlanException {
    SimulatedController controller =
        new SimulatedController(
            planAgainstLive("prune-skipped-by-annotation", options().with(OperationFlag.PRUNE)));

    controller.runUntilSettled();

    assertThat(controller.state().phase()).isEqualTo(OperationPhase.Succeeded);
    assertThat(controller.state().resources())
        .extracting(ResourceResult::name, ResourceResult::status, ResourceResult::message)
        .contains(
            tuple("data", ResultCode.PruneSkipped, "ignored (no prune)"),
            tuple("old-config", ResultCode.Pruned, "pruned"));
  }

  @Test
  void pruneConfirmWaitsForTheUsersConfirmation() throws SyncPlanException {
    OperationOptions confirmFirst =
        options().with(OperationFlag.PRUNE).withSyncOptions(List.of("Prune=confirm"));
    SimulatedController unconfirmed =
        new SimulatedController(planAgainstLive("prune-skipped-by-annotation", confirmFirst));

    SyncStep step = unconfirmed.step();

    assertThat(((SyncStep.Wait) step).reason())
        .isEqualTo("Waiting for pruning confirmation of v1/ConfigMap/old-config");
    assertThat(unconfirmed.actions()).isEmpty();

    SimulatedController confirmed =
        new SimulatedController(
            planAgainstLive(
                "prune-skipped-by-annotation", confirmFirst.with(OperationFlag.PRUNE_CONFIRMED)));
    confirmed.runUntilSettled();
    assertThat(confirmed.actions()).contains("prune ConfigMap/old-config");
  }

  @Test
  void selectiveSyncAppliesOnlyTheSelectedResource() throws SyncPlanException {
    SimulatedController controller =
        new SimulatedController(
            plan(
                "presync-and-postsync-hooks",
                options().selecting(Set.of(key("Deployment", "web")))));

    controller.runUntilSettled();

    assertThat(controller.state().phase()).isEqualTo(OperationPhase.Succeeded);
    assertThat(controller.actions()).containsExactly("apply Deployment/web");
  }

  @Test
  void applyOutOfSyncOnlyLeavesResourcesThatMatchGitAlone() throws SyncPlanException {
    SyncPlan plan =
        SyncPlanner.plan(
            new SyncRequest(
                objects("single-wave-app"),
                SyncFixtures.live("single-wave-app"),
                Set.of(key("Deployment", "web")),
                options().withSyncOptions(List.of("ApplyOutOfSyncOnly=true"))));
    SimulatedController controller = new SimulatedController(plan);

    controller.runUntilSettled();

    assertThat(controller.state().phase()).isEqualTo(OperationPhase.Succeeded);
    assertThat(controller.actions()).containsExactly("apply Deployment/web");
  }

  @Test
  void anEmptyPlanSucceedsAtOnce() throws SyncPlanException {
    SyncPlan empty =
        SyncPlanner.plan(new SyncRequest(List.of(), java.util.Map.of(), Set.of(), options()));

    SyncStep step = SyncStepper.next(empty, SyncState.start(), key -> java.util.Optional.empty());

    assertThat(step).isInstanceOf(SyncStep.Finished.class);
    assertThat(step.state().phase()).isEqualTo(OperationPhase.Succeeded);
  }

  @Test
  void anErrorOfTheControllerEndsTheOperation() throws SyncPlanException {
    SyncState errored = SyncState.start().error("cluster unreachable: connection refused");

    SyncStep step = SyncStepper.next(plan("single-wave-app"), errored, ResourceKeyLookup.NONE);

    assertThat(step).isInstanceOf(SyncStep.Finished.class);
    assertThat(step.state().phase()).isEqualTo(OperationPhase.Error);
    assertThat(step.state().message()).isEqualTo("cluster unreachable: connection refused");
  }

  /** An empty cluster. */
  private enum ResourceKeyLookup implements LiveView {
    NONE;

    @Override
    public java.util.Optional<LiveResource> find(ResourceKey key) {
      return java.util.Optional.empty();
    }
  }
}
