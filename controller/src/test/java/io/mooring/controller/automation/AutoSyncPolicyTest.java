package io.mooring.controller.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.model.Operation;
import io.mooring.model.OperationState;
import io.mooring.model.SyncOperation;
import io.mooring.model.SyncOperationResult;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AutoSyncPolicyTest {
  private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
  private final AutoSyncPolicy policy = new AutoSyncPolicy(Backoff.SELF_HEAL);

  @Test
  void anOutOfSyncAppWithAutomatedSyncIsSyncedToTheNewRevision() {
    AutoSyncDecision decision = policy.decide(facts(app("automated: {prune: true}"), "abc"));

    assertThat(decision).isEqualTo(new AutoSyncDecision.Sync("abc", true, false));
  }

  @Test
  void withoutAutomatedPruneTheSyncDoesNotPrune() {
    AutoSyncDecision decision = policy.decide(facts(app("automated: {}"), "abc"));

    assertThat(decision).isEqualTo(new AutoSyncDecision.Sync("abc", false, false));
  }

  @Test
  void anAppWithoutAutomatedSyncIsLeftAlone() {
    AutoSyncDecision decision = policy.decide(facts(app("syncOptions: []"), "abc"));

    assertThat(decision).isInstanceOf(AutoSyncDecision.Skip.class);
  }

  @Test
  void aSyncedAppIsLeftAlone() {
    AutoSyncFacts facts =
        new AutoSyncFacts(app("automated: {}"), "Synced", "abc", false, false, 0, null, NOW);

    assertThat(policy.decide(facts)).isInstanceOf(AutoSyncDecision.Skip.class);
  }

  @Test
  void aFailedAutomatedSyncIsNotRepeatedForTheSameRevisionAndSpec() {
    Application app = app("automated: {}");
    lastOperation(app, "abc", "Failed", "one or more objects failed to apply");

    AutoSyncDecision decision = policy.decide(facts(app, "abc"));

    assertThat(decision)
        .isEqualTo(
            new AutoSyncDecision.Skip(
                "Failed sync attempt to abc: one or more objects failed to apply", true));
  }

  @Test
  void aNewCommitIsSyncedEvenAfterAFailedAttemptAtTheOldOne() {
    Application app = app("automated: {}");
    lastOperation(app, "abc", "Failed", "boom");

    assertThat(policy.decide(facts(app, "def"))).isInstanceOf(AutoSyncDecision.Sync.class);
  }

  @Test
  void aChangedSourceSpecAtTheSameRevisionIsSyncedAgain() {
    Application app = app("automated: {}");
    lastOperation(app, "abc", "Failed", "boom");
    app.spec.source.path = "other";

    assertThat(policy.decide(facts(app, "abc"))).isInstanceOf(AutoSyncDecision.Sync.class);
  }

  @Test
  void driftAtASyncedRevisionIsNotRevertedWithoutSelfHeal() {
    Application app = app("automated: {}");
    lastOperation(app, "abc", "Succeeded", "successfully synced");

    assertThat(policy.decide(facts(app, "abc"))).isInstanceOf(AutoSyncDecision.Skip.class);
  }

  @Test
  void selfHealRevertsDriftAtASyncedRevision() {
    Application app = app("automated: {selfHeal: true}");
    lastOperation(app, "abc", "Succeeded", "successfully synced");

    assertThat(policy.decide(facts(app, "abc")))
        .isEqualTo(new AutoSyncDecision.Sync("abc", false, true));
  }

  @Test
  void selfHealWaitsItsFirstBackoffAfterTheLastSyncFinished() {
    Application app = app("automated: {selfHeal: true}");
    lastOperation(app, "abc", "Succeeded", "successfully synced");
    app.status.operationState.finishedAt = NOW.minusSeconds(1).toString();

    assertThat(policy.decide(facts(app, "abc")))
        .isEqualTo(
            new AutoSyncDecision.Later(
                Duration.ofSeconds(1), "self-heal backing off after 0 attempts"));
  }

  @Test
  void selfHealBacksOffTwoSecondsTimesThreePerAttempt() {
    Application app = app("automated: {selfHeal: true}");
    lastOperation(app, "abc", "Succeeded", "successfully synced");
    AutoSyncFacts facts =
        new AutoSyncFacts(app, "OutOfSync", "abc", false, false, 2, NOW.minusSeconds(10), NOW);

    assertThat(policy.decide(facts))
        .isEqualTo(
            new AutoSyncDecision.Later(
                Duration.ofSeconds(8), "self-heal backing off after 2 attempts"));
  }

  @Test
  void onlyPruningWithPruneDisabledIsSkippedWithArgoCdsMessage() {
    AutoSyncFacts facts =
        new AutoSyncFacts(app("automated: {}"), "OutOfSync", "abc", true, false, 0, null, NOW);

    assertThat(policy.decide(facts))
        .isEqualTo(
            new AutoSyncDecision.Skip(
                "Skipping sync attempt to abc: need to prune extra resources only but automated"
                    + " prune is disabled",
                false));
  }

  @Test
  void anEmptyRenderNeverWipesOutEverythingWithoutAllowEmpty() {
    AutoSyncFacts facts =
        new AutoSyncFacts(
            app("automated: {prune: true}"), "OutOfSync", "abc", true, true, 0, null, NOW);

    assertThat(policy.decide(facts)).isInstanceOf(AutoSyncDecision.Skip.class);
    assertThat(((AutoSyncDecision.Skip) policy.decide(facts)).failure()).isTrue();
  }

  @Test
  void anEmptyRenderIsSyncedWhenAllowEmptyIsSet() {
    AutoSyncFacts facts =
        new AutoSyncFacts(
            app("automated: {prune: true, allowEmpty: true}"),
            "OutOfSync",
            "abc",
            true,
            true,
            0,
            null,
            NOW);

    assertThat(policy.decide(facts)).isEqualTo(new AutoSyncDecision.Sync("abc", true, false));
  }

  @Test
  void aPendingOperationBlocksAutomatedSync() {
    Application app = app("automated: {}");
    app.operation = new Operation();

    assertThat(policy.decide(facts(app, "abc"))).isInstanceOf(AutoSyncDecision.Skip.class);
  }

  private static AutoSyncFacts facts(Application app, String revision) {
    return new AutoSyncFacts(app, "OutOfSync", revision, false, false, 0, null, NOW);
  }

  private static void lastOperation(
      Application app, String revision, String phase, String message) {
    OperationState state = new OperationState();
    state.operation = new Operation();
    state.operation.sync = new SyncOperation();
    state.syncResult = new SyncOperationResult();
    state.syncResult.revision = revision;
    state.syncResult.source =
        ModelCodec.readYaml(ModelCodec.toYaml(app.spec.source), app.spec.source.getClass());
    state.phase = phase;
    state.message = message;
    app.status = new io.mooring.model.ApplicationStatus();
    app.status.operationState = state;
  }

  private static Application app(String syncPolicy) {
    return ModelCodec.readYaml(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata: {name: guestbook}
        spec:
          source: {repoURL: 'https://git.example.com/apps.git', path: guestbook}
          destination: {server: 'https://kubernetes.default.svc', namespace: guestbook}
          syncPolicy: {%s}
        """
            .formatted(syncPolicy),
        Application.class);
  }
}
