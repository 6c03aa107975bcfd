package io.mooring.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class DifferTest {

  private static DiffResult diff(String fixture) {
    return Differ.diff(Fixtures.desired(fixture), Fixtures.live(fixture), DiffOptions.DEFAULT);
  }

  @Test
  void serverFilledFieldsDefaultsQuantitiesAndEnvOrderAreNotDrift() {
    DiffResult result = diff("deployment-in-sync");

    assertThat(result.modified()).as(result.unifiedDiff()).isFalse();
    assertThat(result.unifiedDiff()).isEmpty();
    assertThat(result.normalizedLive().has("status")).isFalse();
    assertThat(result.normalizedLive().path("metadata").has("resourceVersion")).isFalse();
    assertThat(result.normalizedLive().path("metadata").has("managedFields")).isFalse();
  }

  @Test
  void changedReplicasAreDriftAndShowInTheUnifiedDiff() {
    DiffResult result = diff("deployment-replicas-changed");

    assertThat(result.modified()).isTrue();
    assertThat(result.predictedLive().at("/spec/replicas").asInt()).isEqualTo(3);
    assertThat(result.normalizedLive().at("/spec/replicas").asInt()).isEqualTo(2);
    assertThat(result.unifiedDiff())
        .startsWith(
            "--- live/Deployment.apps/default/web\n+++ desired/Deployment.apps/default/web\n")
        .contains("\n-  replicas: 2\n+  replicas: 3\n");
  }

  @Test
  void keyRemovedFromGitButStillInLastAppliedIsDrift() {
    DiffResult result = diff("configmap-key-removed-from-git");

    assertThat(result.modified()).isTrue();
    assertThat(result.predictedLive().path("data").has("removed")).isFalse();
    assertThat(result.unifiedDiff()).contains("\n-  removed: old\n");
  }

  @Test
  void keyAddedInTheClusterByAnotherToolIsNotDrift() {
    assertThat(diff("configmap-key-added-in-cluster").modified()).isFalse();
  }

  @Test
  void secretStringDataComparesWithLiveData() {
    assertThat(diff("secret-stringdata-in-sync").modified()).isFalse();
  }

  @Test
  void changedSecretValueIsDriftButNeverShown() {
    DiffResult result = diff("secret-password-changed");

    assertThat(result.modified()).isTrue();
    String everything =
        result.predictedLive().toString() + result.normalizedLive() + result.unifiedDiff();
    assertThat(everything)
        .doesNotContain("aHVudGVyMg==", "hunter2", "correct-horse", "Y29ycmVjdC1ob3JzZQ==")
        .doesNotContain("YWRtaW4=");
    assertThat(result.unifiedDiff())
        .contains("-  password: ++++++++++++\n")
        .contains("+  password: ++++++++\n")
        .doesNotContain("-  user:");
  }

  @Test
  void secretMissingFromTheClusterIsShownMasked() {
    DiffResult result =
        Differ.diff(Fixtures.desired("secret-password-changed"), null, DiffOptions.DEFAULT);

    assertThat(result.modified()).isTrue();
    assertThat(result.predictedLive().at("/data/password").asText()).isEqualTo("++++++++");
    assertThat(result.unifiedDiff()).doesNotContain("correct-horse", "Y29ycmVjdC1ob3JzZQ==");
  }

  @Test
  void endpointsSubsetOrderIsNotDrift() {
    assertThat(diff("endpoints-reordered").modified()).isFalse();
  }

  @Test
  void aggregatedClusterRoleRulesAreDriftUnlessIgnored() {
    ObjectNode desired = Fixtures.desired("clusterrole-aggregated");
    ObjectNode live = Fixtures.live("clusterrole-aggregated");

    assertThat(Differ.diff(desired, live, DiffOptions.DEFAULT).modified()).isTrue();
    assertThat(
            Differ.diff(desired, live, DiffOptions.DEFAULT.withIgnoreAggregatedRoles()).modified())
        .isFalse();
  }

  @Test
  void missingLiveObjectIsModifiedAndMissingDesiredIsNot() {
    ObjectNode desired = Fixtures.desired("deployment-in-sync");

    DiffResult missingLive = Differ.diff(desired, null, DiffOptions.DEFAULT);
    DiffResult missingDesired = Differ.diff(null, desired, DiffOptions.DEFAULT);

    assertThat(missingLive.modified()).isTrue();
    assertThat(missingLive.normalizedLive()).isNull();
    assertThat(missingLive.unifiedDiff()).contains("+kind: Deployment");
    assertThat(missingDesired.modified()).isFalse();
    assertThat(missingDesired.predictedLive()).isNull();
  }

  @Test
  void bothObjectsMissingIsAnError() {
    assertThatThrownBy(() -> Differ.diff(null, null, DiffOptions.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both desired and live objects are null");
  }

  @Test
  void inputsAreNotModified() {
    ObjectNode desired = Fixtures.desired("secret-password-changed");
    ObjectNode live = Fixtures.live("secret-password-changed");
    String before = desired.toString() + live;

    Differ.diff(desired, live, DiffOptions.DEFAULT);

    assertThat(desired.toString() + live).isEqualTo(before);
  }
}
