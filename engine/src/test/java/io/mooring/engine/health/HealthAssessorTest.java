package io.mooring.engine.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.engine.resource.GroupKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HealthAssessorTest {
  private final HealthAssessor assessor = HealthAssessor.builtInOnly();

  @Test
  void objectBeingDeletedIsProgressingPendingDeletion() {
    assertThat(assessor.assess(Fixtures.object("pod-being-deleted-progressing.yaml")))
        .contains(new HealthResult(HealthStatus.Progressing, "Pending deletion"));
  }

  @Test
  void hookBeingDeletedWithTheHookFinalizerIsJudgedByItsKind() {
    assertThat(
            assessor.assess(
                Fixtures.object("hook-pod-being-deleted-with-hook-finalizer-healthy.yaml")))
        .map(HealthResult::status)
        .contains(HealthStatus.Healthy);
  }

  @Test
  void kindWithoutAnyCheckHasNoHealthRatherThanUnknown() {
    assertThat(assessor.assess(Fixtures.object("widget-no-check.yaml"))).isEmpty();
  }

  @Test
  void deploymentRollingOutSaysHowFarItGot() {
    assertThat(assessor.assess(Fixtures.object("deployment-rolling-out-progressing.yaml")))
        .contains(
            new HealthResult(
                HealthStatus.Progressing,
                "Waiting for rollout to finish: 1 out of 3 new replicas have been updated..."));
  }

  @Test
  void applicationThatReportsNoHealthYetIsProgressing() {
    assertThat(assessor.assess(Fixtures.object("application-without-health-progressing.yaml")))
        .map(HealthResult::status)
        .contains(HealthStatus.Progressing);
  }

  @Test
  void customCheckOverridesTheBuiltInOne() {
    HealthCheck alwaysSuspended = object -> HealthResult.of(HealthStatus.Suspended);
    HealthAssessor custom =
        new HealthAssessor(
            groupKind ->
                groupKind.equals(new GroupKind("apps", "Deployment"))
                    ? Optional.of(alwaysSuspended)
                    : Optional.empty());

    assertThat(custom.assess(Fixtures.object("deployment-rolling-out-progressing.yaml")))
        .contains(HealthResult.of(HealthStatus.Suspended));
  }

  @Test
  void checkThatThrowsGivesUnknownInsteadOfEscaping() {
    HealthAssessor broken =
        new HealthAssessor(
            groupKind ->
                Optional.of(
                    object -> {
                      throw new IllegalStateException("boom");
                    }));

    HealthResult result = broken.assess(Fixtures.object("widget-no-check.yaml")).orElseThrow();

    assertThat(result.status()).isEqualTo(HealthStatus.Unknown);
    assertThat(result.message()).contains("boom");
  }
}
