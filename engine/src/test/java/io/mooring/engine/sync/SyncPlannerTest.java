package io.mooring.engine.sync;

import static io.mooring.engine.sync.SyncFixtures.key;
import static io.mooring.engine.sync.SyncFixtures.names;
import static io.mooring.engine.sync.SyncFixtures.objects;
import static io.mooring.engine.sync.SyncFixtures.options;
import static io.mooring.engine.sync.SyncFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.engine.resource.ResourceKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyncPlannerTest {

  private static final String MIGRATE =
      "migrate-0123456-presync-" + SyncFixtures.STARTED_AT.getEpochSecond();

  @Test
  void wavesOrderTheTasksLowestFirst() throws SyncPlanException {
    SyncPlan plan = plan("waves-run-in-order");

    assertThat(names(plan.tasks()))
        .containsExactly("Namespace/shop", "ConfigMap/web-config", "Deployment/web", "Ingress/web");
    assertThat(plan.tasks()).extracting(SyncTask::wave).containsExactly(-1, 0, 0, 1);
    assertThat(plan.tasks()).allMatch(t -> t.action() == TaskAction.APPLY);
  }

  @Test
  void kindsOrderAWaveThenNamesWithUnknownKindsLast() throws SyncPlanException {
    SyncPlan plan = plan("kinds-ordered-within-a-wave");

    assertThat(names(plan.tasks()))
        .containsExactly(
            "Namespace/shop",
            "Secret/web-token",
            "CustomResourceDefinition/widgets.example.com",
            "Service/web",
            "Deployment/api",
            "Deployment/web",
            "IngressClass/public",
            "Widget/a-widget");
  }

  @Test
  void hooksRunInTheirPhasesAroundTheResources() throws SyncPlanException {
    SyncPlan plan = plan("presync-and-postsync-hooks");

    assertThat(names(plan.tasks()))
        .containsExactly(
            "Job/" + MIGRATE, "ConfigMap/web-config", "Deployment/web", "Job/smoke-test");
    assertThat(plan.tasks())
        .extracting(SyncTask::phase)
        .containsExactly(SyncPhase.PreSync, SyncPhase.Sync, SyncPhase.Sync, SyncPhase.PostSync);
    assertThat(plan.tasks())
        .extracting(SyncTask::action)
        .containsExactly(
            TaskAction.CREATE_HOOK, TaskAction.APPLY, TaskAction.APPLY, TaskAction.CREATE_HOOK);
  }

  @Test
  void generatedHookNamesAreStableWithinAnOperationAndNewForTheNext() throws SyncPlanException {
    SyncPlan again = plan("presync-and-postsync-hooks");
    SyncPlan later =
        plan(
            "presync-and-postsync-hooks",
            OperationOptions.defaults()
                .forRevision("fedcba9876543210", Instant.parse("2025-03-02T00:00:00Z")));

    assertThat(again.tasks().get(0).key().name()).isEqualTo(MIGRATE);
    assertThat(again.tasks().get(0).object().path("metadata").path("name").asText())
        .isEqualTo(MIGRATE);
    assertThat(later.tasks().get(0).key().name()).isEqualTo("migrate-fedcba9-presync-1740873600");
  }

  @Test
  void hookWithGenerateNameNeedsARevisionToBeNamed() {
    assertThatThrownBy(() -> plan("presync-and-postsync-hooks", OperationOptions.defaults()))
        .isInstanceOfSatisfying(
            SyncPlanException.class,
            e -> assertThat(e.reason()).isEqualTo(SyncPlanException.Reason.UNNAMEABLE_HOOK))
        .hasMessageContaining("metadata.generateName");
  }

  @Test
  void aHookInTwoPhasesGivesOneTaskPerPhase() throws SyncPlanException {
    SyncPlan plan = plan("hook-in-two-phases");

    assertThat(plan.tasks())
        .filteredOn(SyncTask::isHook)
        .extracting(SyncTask::phase, SyncTask::hookType)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SyncPhase.PreSync, HookType.PreSync),
            org.assertj.core.groups.Tuple.tuple(SyncPhase.PostSync, HookType.PostSync));
  }

  @Test
  void helmHooksMapToPhasesWeightsToWavesAndTestHooksAreLeftOut() throws SyncPlanException {
    SyncPlan plan = plan("helm-hooks-mapped");

    assertThat(names(plan.tasks()))
        .containsExactly(
            "Job/db-init",
            "Job/argo-wins",
            "CustomResourceDefinition/widgets.example.com",
            "Job/warm-cache");
    SyncTask dbInit = plan.tasks().get(0);
    assertThat(dbInit.phase()).isEqualTo(SyncPhase.PreSync);
    assertThat(dbInit.wave()).isEqualTo(-5);
    assertThat(dbInit.hook().orElseThrow().deletePolicies())
        .containsExactly(HookDeletePolicy.HookSucceeded);
    assertThat(plan.tasks().get(1).phase()).isEqualTo(SyncPhase.PreSync);
    assertThat(plan.tasks().get(2).action()).isEqualTo(TaskAction.APPLY);
    assertThat(plan.tasks().get(3).phase()).isEqualTo(SyncPhase.PostSync);
    assertThat(plan.tasks().get(3).hook().orElseThrow().deletePolicies())
        .containsExactly(HookDeletePolicy.BeforeHookCreation);
  }

  @Test
  void skipAnnotatedResourcesAndDeleteHooksAreLeftOut() throws SyncPlanException {
    assertThat(names(plan("skip-and-delete-hooks-excluded").tasks()))
        .containsExactly("ConfigMap/web-config");
  }

  @Test
  void syncFailHooksArePlannedLast() throws SyncPlanException {
    SyncPlan plan = plan("presync-hook-failure-runs-syncfail");

    assertThat(names(plan.tasks()))
        .containsExactly("Job/migrate", "Deployment/web", "Job/notify-failure");
    assertThat(names(plan.syncFailTasks())).containsExactly("Job/notify-failure");
    assertThat(names(plan.mainTasks())).containsExactly("Job/migrate", "Deployment/web");
  }

  @Test
  void resourceSyncOptionsOverrideTheApplicationsPerTask() throws SyncPlanException {
    SyncPlan plan =
        plan("sync-options-merged", options().withSyncOptions(List.of("ServerSideApply=true")));

    SyncTask configMap = plan.tasks().get(0);
    SyncTask deployment = plan.tasks().get(1);
    assertThat(configMap.options().serverSideApply()).isTrue();
    assertThat(configMap.options().validate()).isTrue();
    assertThat(deployment.options().serverSideApply()).isFalse();
    assertThat(deployment.options().replace()).isTrue();
    assertThat(deployment.options().validate()).isFalse();
  }

  @Test
  void selectiveSyncPlansOnlyTheSelectedResourcesAndNoHooks() throws SyncPlanException {
    SyncPlan plan =
        plan("presync-and-postsync-hooks", options().selecting(Set.of(key("Deployment", "web"))));

    assertThat(names(plan.tasks())).containsExactly("Deployment/web");
  }

  @Test
  void applyStrategyWithoutHooksPlansOnlyResources() throws SyncPlanException {
    SyncPlan plan = plan("presync-and-postsync-hooks", options().with(OperationFlag.SKIP_HOOKS));

    assertThat(names(plan.tasks())).containsExactly("ConfigMap/web-config", "Deployment/web");
  }

  @Test
  void applyOutOfSyncOnlyMarksLiveResourcesThatMatchGitAsInSync() throws SyncPlanException {
    SyncPlan plan =
        SyncPlanner.plan(
            new SyncRequest(
                objects("single-wave-app"),
                SyncFixtures.live("single-wave-app"),
                Set.of(key("Deployment", "web")),
                options().withSyncOptions(List.of("ApplyOutOfSyncOnly=true"))));

    assertThat(plan.tasks())
        .extracting(t -> t.key().name(), SyncTask::inSync)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("web-config", true),
            org.assertj.core.groups.Tuple.tuple("web", false));
  }

  @Test
  void invalidSyncWaveIsAnErrorNamingObjectAndAnnotation() {
    assertThatThrownBy(() -> plan("invalid-sync-wave"))
        .isInstanceOfSatisfying(
            SyncPlanException.class,
            e -> assertThat(e.reason()).isEqualTo(SyncPlanException.Reason.INVALID_ANNOTATION))
        .hasMessage(
            "/ConfigMap/shop/web-config: annotation argocd.argoproj.io/sync-wave:"
                + " 'first' is not an integer");
  }

  @Test
  void misspelledHookTypeIsAnErrorListingTheValidOnes() {
    assertThatThrownBy(() -> plan("invalid-hook-type"))
        .isInstanceOf(SyncPlanException.class)
        .hasMessageContaining("batch/Job/shop/migrate")
        .hasMessageContaining("unknown value 'Presync'")
        .hasMessageContaining("PreSync, Sync, Skip, PostSync, SyncFail, PreDelete, PostDelete");
  }

  @Test
  void theSameResourceRenderedTwiceIsAnError() {
    var twice = new java.util.ArrayList<>(objects("single-wave-app"));
    twice.add(twice.get(0).deepCopy());

    assertThatThrownBy(
            () -> SyncPlanner.plan(new SyncRequest(twice, Map.of(), Set.of(), options())))
        .isInstanceOfSatisfying(
            SyncPlanException.class,
            e -> assertThat(e.reason()).isEqualTo(SyncPlanException.Reason.DUPLICATE_RESOURCE))
        .hasMessageContaining("/ConfigMap/shop/web-config");
  }

  @Test
  void planningTwiceGivesTheSamePlan() throws SyncPlanException {
    assertThat(plan("presync-hook-failure-runs-syncfail"))
        .isEqualTo(plan("presync-hook-failure-runs-syncfail"));
  }

  @Test
  void resourceKeysOfHooksCarryTheirGeneratedName() throws SyncPlanException {
    ResourceKey first = plan("presync-and-postsync-hooks").tasks().get(0).key();

    assertThat(first).isEqualTo(new ResourceKey("batch", "Job", "shop", MIGRATE));
  }
}
