package io.mooring.engine.sync;

import static io.mooring.engine.sync.SyncFixtures.key;
import static io.mooring.engine.sync.SyncFixtures.names;
import static io.mooring.engine.sync.SyncFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A controller restarted mid-sync resumes from the persisted state and repeats no hook. */
class ResumeAfterRestartTest {

  private static final String MIGRATE =
      "migrate-0123456-presync-" + SyncFixtures.STARTED_AT.getEpochSecond();

  @Test
  void aStateReadBackFromJsonYieldsTheSameNextStep() throws SyncPlanException {
    SimulatedController before = new SimulatedController(plan("presync-and-postsync-hooks"));
    before.step();
    before.setHealth(key("Job", MIGRATE), "Healthy", "done");
    before.step();

    SimulatedController after = before.restartedFrom(before.persistedJson());

    assertThat(after.peek()).isEqualTo(before.peek());
    assertThat(names(((SyncStep.Execute) after.peek()).tasks())).containsExactly("Deployment/web");
  }

  @Test
  void aHookCreatedJustBeforeACrashIsAwaitedNotCreatedAgain() throws SyncPlanException {
    SimulatedController before = new SimulatedController(plan("presync-and-postsync-hooks"));
    before.stepDyingBeforeRecording();

    SimulatedController after = before.restartedFrom(before.persistedJson());
    SyncStep resumed = after.step();

    assertThat(resumed).isInstanceOf(SyncStep.Wait.class);
    assertThat(resumed.deletions()).isEmpty();
    assertThat(after.actions()).isEmpty();
    assertThat(after.state().resources())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(ResultCode.Synced);
              assertThat(r.hookPhase()).isEqualTo(OperationPhase.Running);
            });
  }

  @Test
  void aHookNeverCreatedBeforeACrashIsCreatedOnResume() throws SyncPlanException {
    SimulatedController before = new SimulatedController(plan("presync-and-postsync-hooks"));
    before.stepDyingBeforeExecuting();

    SimulatedController after = before.restartedFrom(before.persistedJson());
    SyncStep resumed = after.step();

    assertThat(names(((SyncStep.Execute) resumed).tasks())).containsExactly("Job/" + MIGRATE);
    assertThat(before.actions()).isEmpty();
    assertThat(after.actions()).containsExactly("create Job/" + MIGRATE);
  }

  @Test
  void anApplyWhoseOutcomeWasLostRunsAgain() throws SyncPlanException {
    SimulatedController before = new SimulatedController(plan("waves-run-in-order"));
    before.stepDyingBeforeRecording();

    SimulatedController after = before.restartedFrom(before.persistedJson());

    assertThat(names(((SyncStep.Execute) after.step()).tasks())).containsExactly("Namespace/shop");
  }

  @Test
  void aCompletedHookIsNeverRunTwiceAcrossRestarts() throws SyncPlanException {
    SimulatedController controller = new SimulatedController(plan("presync-and-postsync-hooks"));
    controller.step();
    controller.setHealth(key("Job", MIGRATE), "Healthy", "done");
    for (int restart = 0; restart < 3; restart++) {
      controller = controller.restartedFrom(controller.persistedJson());
      controller.step();
    }
    controller.setHealth(key("Deployment", "web"), "Healthy", "");
    controller.step();
    controller.setHealth(key("Job", "smoke-test"), "Healthy", "done");
    controller.runUntilSettled();

    assertThat(controller.state().phase()).isEqualTo(OperationPhase.Succeeded);
    assertThat(controller.actions()).noneMatch(a -> a.contains(MIGRATE));
  }

  @Test
  void thePersistedStateUsesArgoCdFieldNamesAndSpellings() throws SyncPlanException {
    SimulatedController controller = new SimulatedController(plan("presync-and-postsync-hooks"));
    controller.step();

    String json = controller.persistedJson();

    assertThat(json)
        .contains("\"phase\":\"Running\"")
        .contains("\"group\":\"batch\"")
        .contains("\"version\":\"v1\"")
        .contains("\"kind\":\"Job\"")
        .contains("\"namespace\":\"shop\"")
        .contains("\"name\":\"" + MIGRATE + "\"")
        .contains("\"status\":\"Synced\"")
        .contains("\"hookType\":\"PreSync\"")
        .contains("\"hookPhase\":\"Running\"")
        .contains("\"syncPhase\":\"PreSync\"");
  }

  @Test
  void aFinishedOperationStaysFinishedAndOnlyCleansUp() throws SyncPlanException {
    SimulatedController controller = new SimulatedController(plan("single-wave-app"));
    controller.runUntilSettled();

    SyncStep again = controller.restartedFrom(controller.persistedJson()).peek();

    assertThat(again).isInstanceOf(SyncStep.Finished.class);
    assertThat(again.state()).isEqualTo(controller.state());
    assertThat(again.deletions()).isEmpty();
  }
}
