package io.mooring.engine.sync;

import static io.mooring.engine.sync.SyncFixtures.names;
import static io.mooring.engine.sync.SyncFixtures.options;
import static io.mooring.engine.sync.SyncFixtures.planAgainstLive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PruneSetTest {

  @Test
  void resourcesGoneFromGitArePrunedButProtectedOnesAndHooksAreNot() throws SyncPlanException {
    SyncPlan plan =
        planAgainstLive("prune-skipped-by-annotation", options().with(OperationFlag.PRUNE));

    assertThat(plan.tasks())
        .extracting(t -> t.key().name(), SyncTask::action)
        .containsExactly(
            tuple("old-config", TaskAction.PRUNE), tuple("web-config", TaskAction.APPLY));
    assertThat(plan.skipped())
        .extracting(ResourceResult::name, ResourceResult::status, ResourceResult::message)
        .containsExactly(tuple("data", ResultCode.PruneSkipped, "ignored (no prune)"));
  }

  @Test
  void withoutPruneEveryResourceNeedingPruningIsSkippedAndReported() throws SyncPlanException {
    SyncPlan plan = planAgainstLive("prune-skipped-by-annotation", options());

    assertThat(names(plan.tasks())).containsExactly("ConfigMap/web-config");
    assertThat(plan.skipped())
        .extracting(ResourceResult::name, ResourceResult::message)
        .containsExactlyInAnyOrder(
            tuple("old-config", "ignored (requires pruning)"),
            tuple("data", "ignored (requires pruning)"));
  }

  @Test
  void applicationLevelPruneFalseCanBeOverriddenByAResource() throws SyncPlanException {
    SyncPlan plan =
        planAgainstLive(
            "prune-skipped-by-annotation",
            options().with(OperationFlag.PRUNE).withSyncOptions(List.of("Prune=false")));

    assertThat(plan.tasks()).noneMatch(SyncTask::isPrune);
    assertThat(plan.skipped())
        .extracting(ResourceResult::name)
        .containsExactlyInAnyOrder("old-config", "data");
  }

  @Test
  void prunesRunInTheReverseOfTheirCreationWavesAndPruneLastAfterEverything()
      throws SyncPlanException {
    SyncPlan plan =
        planAgainstLive("prune-in-reverse-wave-order", options().with(OperationFlag.PRUNE));

    assertThat(plan.tasks())
        .extracting(t -> t.key().name(), SyncTask::wave, SyncTask::action)
        .containsExactly(
            tuple("created-last", -1, TaskAction.PRUNE),
            tuple("created-second", 0, TaskAction.PRUNE),
            tuple("kept", 0, TaskAction.APPLY),
            tuple("created-first", 3, TaskAction.PRUNE),
            tuple("pruned-last", 4, TaskAction.PRUNE));
  }

  @Test
  void applicationLevelPruneLastMovesEveryPruneAfterTheLastWave() throws SyncPlanException {
    SyncPlan plan =
        planAgainstLive(
            "prune-in-reverse-wave-order",
            options().with(OperationFlag.PRUNE).withSyncOptions(List.of("PruneLast=true")));

    assertThat(plan.tasks())
        .filteredOn(SyncTask::isPrune)
        .extracting(SyncTask::wave)
        .containsOnly(4);
  }

  @Test
  void emptyDesiredRefusesToPruneEverything() {
    assertThatThrownBy(
            () ->
                SyncPlanner.plan(
                    new SyncRequest(
                        List.of(),
                        SyncFixtures.live("empty-desired-refuses-prune-live"),
                        Set.of(),
                        options().with(OperationFlag.PRUNE))))
        .isInstanceOfSatisfying(
            SyncPlanException.class,
            e -> assertThat(e.reason()).isEqualTo(SyncPlanException.Reason.WOULD_PRUNE_ALL))
        .hasMessageContaining("pruning would delete all 2 resources")
        .hasMessageContaining("allowEmpty");
  }

  @Test
  void emptyDesiredPrunesEverythingWhenAllowed() throws SyncPlanException {
    SyncPlan plan =
        SyncPlanner.plan(
            new SyncRequest(
                List.of(),
                SyncFixtures.live("empty-desired-refuses-prune-live"),
                Set.of(),
                options().with(OperationFlag.PRUNE, OperationFlag.ALLOW_EMPTY)));

    assertThat(plan.tasks()).hasSize(2).allMatch(SyncTask::isPrune);
  }

  @Test
  void emptyDesiredWithoutPruneOnlyReportsWhatNeedsPruning() throws SyncPlanException {
    SyncPlan plan =
        SyncPlanner.plan(
            new SyncRequest(
                List.of(),
                SyncFixtures.live("empty-desired-refuses-prune-live"),
                Set.of(),
                options()));

    assertThat(plan.tasks()).isEmpty();
    assertThat(plan.skipped()).hasSize(2);
  }

  @Test
  void candidatesAreLiveMinusDesiredWithoutHooks() throws SyncPlanException {
    var live = SyncFixtures.live("prune-skipped-by-annotation-live");

    assertThat(PruneSet.candidates(Set.of(SyncFixtures.key("ConfigMap", "web-config")), live))
        .extracting(k -> k.name())
        .containsExactly("old-config", "data");
    assertThat(PruneSet.candidates(live.keySet(), live)).isEmpty();
    assertThat(PruneSet.candidates(Set.of(), Map.of())).isEmpty();
  }
}
