package io.mooring.engine.sync;

import static io.mooring.engine.sync.SyncFixtures.key;
import static io.mooring.engine.sync.SyncFixtures.names;
import static io.mooring.engine.sync.SyncFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/** Hooks: run in their phase, awaited to completion, deleted per their policies. */
class HookStoriesTest {

  private static final String MIGRATE =
      "migrate-0123456-presync-" + SyncFixtures.STARTED_AT.getEpochSecond();

  @Test
  void preSyncRunsBeforeTheAppAndPostSyncAfterTheAppIsHealthy() throws SyncPlanException {
    SimulatedController controller = new SimulatedController(plan("presync-and-postsync-hooks"));

    assertThat(names(((SyncStep.Execute) controller.step()).tasks()))
        .containsExactly("Job/" + MIGRATE);
    assertThat(((SyncStep.Wait) controller.step()).reason())
        .isEqualTo("waiting for completion of hook batch/Job/" + MIGRATE);

    controller.setHealth(key("Job", MIGRATE), "Healthy", "job completed");
    assertThat(names(((SyncStep.Execute) controller.step()).tasks()))
        .containsExactly("ConfigMap/web-config");
    assertThat(names(((SyncStep.Execute) controller.step()).tasks()))
        .containsExactly("Deployment/web");
    assertThat(controller.step()).isInstanceOf(SyncStep.Wait.class);

    controller.setHealth(key("Deployment", "web"), "Healthy", "");
    assertThat(names(((SyncStep.Execute) controller.step()).tasks()))
        .containsExactly("Job/smoke-test");
    assertThat(controller.step()).isInstanceOf(SyncStep.Wait.class);

    controller.setHealth(key("Job", "smoke-test"), "Healthy", "job completed");
    SyncStep done = controller.step();

    assertThat(controller.state().phase()).isEqualTo(OperationPhase.Succeeded);
    assertThat(done.deletions())
        .extracting(d -> d.hook().key().name(), HookDeletion::reason)
        .containsExactly(tuple("smoke-test", HookDeletion.Reason.HOOK_SUCCEEDED));
    assertThat(controller.has(key("Job", MIGRATE))).isTrue();
    assertThat(controller.state().resources())
        .extracting(ResourceResult::name, ResourceResult::hookType, ResourceResult::syncPhase)
        .containsExactly(
            tuple(MIGRATE, HookType.PreSync, SyncPhase.PreSync),
            tuple("web-config", null, SyncPhase.Sync),
            tuple("web", null, SyncPhase.Sync),
            tuple("smoke-test", HookType.PostSync, SyncPhase.PostSync));
  }

  @Test
  void preSyncHookFailureRunsSyncFailAndFailsWithTheHooksMessage() throws SyncPlanException {
    SimulatedController controller =
        new SimulatedController(plan("presync-hook-failure-runs-syncfail"));
    controller.step();
    controller.setHealth(
        key("Job", "migrate"), "Degraded", "Job has reached the specified backoff limit");

    SyncStep syncFail = controller.step();
    assertThat(names(((SyncStep.Execute) syncFail).tasks())).containsExactly("Job/notify-failure");
    assertThat(controller.step()).isInstanceOf(SyncStep.Wait.class);

    controller.setHealth(key("Job", "notify-failure"), "Healthy", "job completed");
    SyncStep done = controller.step();

    assertThat(done).isInstanceOf(SyncStep.Finished.class);
    assertThat(controller.state().phase()).isEqualTo(OperationPhase.Failed);
    assertThat(controller.state().message())
        .isEqualTo(
            "one or more synchronization tasks completed unsuccessfully, reason:"
                + " batch/Job/shop/migrate: Job has reached the specified backoff limit");
    assertThat(done.deletions())
        .extracting(d -> d.hook().key().name(), HookDeletion::reason)
        .containsExactly(tuple("notify-failure", HookDeletion.Reason.HOOK_SUCCEEDED));
    assertThat(controller.has(key("Deployment", "web"))).isFalse();
  }

  @Test
  void aFailedSyncFailHookIsReportedAndDeletedPerHookFailed() throws SyncPlanException {
    SimulatedController controller =
        new SimulatedController(plan("presync-hook-failure-runs-syncfail"));
    controller.step();
    controller.setHealth(key("Job", "migrate"), "Degraded", "backoff limit");
    controller.step();
    controller.setHealth(key("Job", "notify-failure"), "Degraded", "webhook unreachable");

    SyncStep done = controller.step();

    assertThat(controller.state().message())
        .endsWith(
            "\none or more SyncFail hooks failed, reason:"
                + " batch/Job/shop/notify-failure: webhook unreachable");
    assertThat(done.deletions())
        .extracting(d -> d.hook().key().name(), HookDeletion::reason)
        .containsExactly(tuple("notify-failure", HookDeletion.Reason.HOOK_FAILED));
  }

  @Test
  void aLeftoverHookIsDeletedAndGoneBeforeItIsCreatedAgain() throws SyncPlanException {
    SimulatedController controller = new SimulatedController(plan("hook-in-two-phases"));
    controller.exists(key("Job", "check"), LiveResource.withHealth("Healthy", "from last sync"));
    controller.deleteSlowly();

    SyncStep first = controller.step();
    assertThat(first).isInstanceOf(SyncStep.Wait.class);
    assertThat(((SyncStep.Wait) first).reason())
        .isEqualTo("waiting for deletion of batch/Job/check before creating it");
    assertThat(controller.step().deletions()).isEmpty();

    controller.finishDeletions();
    assertThat(names(((SyncStep.Execute) controller.step()).tasks())).containsExactly("Job/check");
    assertThat(controller.actions())
        .containsExactly("delete Job/check (BEFORE_HOOK_CREATION)", "create Job/check");
  }

  @Test
  void aHookInTwoPhasesRunsTwiceReplacingItsFirstRun() throws SyncPlanException {
    SimulatedController controller = new SimulatedController(plan("hook-in-two-phases"));
    controller.step();
    controller.setHealth(key("Job", "check"), "Healthy", "done");
    controller.step();

    SyncStep postSync = controller.step();
    assertThat(postSync.deletions())
        .extracting(HookDeletion::reason)
        .containsExactly(HookDeletion.Reason.BEFORE_HOOK_CREATION);
    controller.step();
    controller.setHealth(key("Job", "check"), "Healthy", "done again");
    controller.runUntilSettled();

    assertThat(controller.state().phase()).isEqualTo(OperationPhase.Succeeded);
    assertThat(controller.actions())
        .containsExactly(
            "create Job/check",
            "apply ConfigMap/web-config",
            "delete Job/check (BEFORE_HOOK_CREATION)",
            "create Job/check");
  }

  @Test
  void aNamedHookWithoutBeforeHookCreationIsNotDeletedFirst() throws SyncPlanException {
    SimulatedController controller =
        new SimulatedController(plan("presync-hook-failure-runs-syncfail"));
    controller.exists(key("Job", "migrate"), LiveResource.withHealth("Healthy", "ran last time"));

    SyncStep first = controller.step();
    SyncStep second = controller.step();

    assertThat(first.deletions()).isEmpty();
    assertThat(names(((SyncStep.Execute) first).tasks())).containsExactly("Job/migrate");
    assertThat(names(((SyncStep.Execute) second).tasks())).containsExactly("Deployment/web");
  }

  @Test
  void aHookWithoutHealthCheckCompletesOnceCreated() throws SyncPlanException {
    SimulatedController controller = new SimulatedController(plan("presync-and-postsync-hooks"));
    controller.step();
    controller.setHealth(key("Job", MIGRATE), null, null);

    SyncStep next = controller.step();

    assertThat(names(((SyncStep.Execute) next).tasks())).containsExactly("ConfigMap/web-config");
    assertThat(controller.state().resultFor(plan("presync-and-postsync-hooks").tasks().get(0)))
        .hasValueSatisfying(r -> assertThat(r.hookPhase()).isEqualTo(OperationPhase.Succeeded));
  }
}
