package io.mooring.kube.apply;

import static io.mooring.kube.testing.Manifests.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ThreeWayMergePatchTest {
  private static final ObjectNode LAST_APPLIED =
      yaml(
          """
          apiVersion: v1
          kind: ConfigMap
          metadata: {name: settings, labels: {team: a, tier: web}}
          data: {color: blue, size: large}
          """);

  @Test
  void fieldRemovedFromDesiredSinceLastApplyIsSetToNull() {
    ObjectNode desired =
        yaml(
            """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: settings, labels: {team: a, tier: web}}
            data: {color: blue}
            """);

    ObjectNode patch = ThreeWayMergePatch.compute(LAST_APPLIED, desired, LAST_APPLIED.deepCopy());

    assertThat(patch).isEqualTo(yaml("data: {size: null}"));
  }

  @Test
  void fieldSetByTheServerOrAnotherControllerIsLeftAlone() {
    ObjectNode live = LAST_APPLIED.deepCopy();
    live.withObjectProperty("metadata").put("uid", "123").put("resourceVersion", "7");
    live.withObjectProperty("data").put("addedByOperator", "x");

    ObjectNode patch = ThreeWayMergePatch.compute(LAST_APPLIED, LAST_APPLIED.deepCopy(), live);

    assertThat(patch.isEmpty()).isTrue();
  }

  @Test
  void driftedFieldIsRestoredToTheDesiredValue() {
    ObjectNode live = LAST_APPLIED.deepCopy();
    live.withObjectProperty("data").put("color", "red");

    ObjectNode patch = ThreeWayMergePatch.compute(LAST_APPLIED, LAST_APPLIED.deepCopy(), live);

    assertThat(patch).isEqualTo(yaml("data: {color: blue}"));
  }

  @Test
  void removalAndChangeAndAdditionComeTogetherInOnePatch() {
    ObjectNode desired =
        yaml(
            """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: settings, labels: {team: b}}
            data: {color: blue, size: large, shape: round}
            """);

    ObjectNode patch = ThreeWayMergePatch.compute(LAST_APPLIED, desired, LAST_APPLIED.deepCopy());

    assertThat(patch)
        .isEqualTo(yaml("{metadata: {labels: {team: b, tier: null}}, data: {shape: round}}"));
  }

  @Test
  void withoutLastAppliedConfigurationNothingIsDeleted() {
    ObjectNode desired = yaml("{apiVersion: v1, kind: ConfigMap, metadata: {name: settings}}");

    ObjectNode patch = ThreeWayMergePatch.compute(null, desired, LAST_APPLIED.deepCopy());

    assertThat(patch.isEmpty()).isTrue();
  }

  @Test
  void listsAreReplacedWhole() {
    ObjectNode lastApplied = yaml("spec: {ports: [{port: 80}, {port: 443}]}");
    ObjectNode desired = yaml("spec: {ports: [{port: 80}]}");

    ObjectNode patch = ThreeWayMergePatch.compute(lastApplied, desired, lastApplied.deepCopy());

    assertThat(patch).isEqualTo(yaml("spec: {ports: [{port: 80}]}"));
  }

  @Test
  void explicitlyEmptyObjectInDesiredIsSentAsAValue() {
    ObjectNode desired = yaml("spec: {selector: {}}");

    ObjectNode patch = ThreeWayMergePatch.compute(null, desired, yaml("spec: {}"));

    assertThat(patch).isEqualTo(yaml("spec: {selector: {}}"));
  }

  @Test
  void wholeSubtreeRemovedFromDesiredIsNulledAtItsRoot() {
    ObjectNode lastApplied = yaml("spec: {strategy: {type: Recreate}, replicas: 2}");
    ObjectNode desired = yaml("spec: {replicas: 2}");

    ObjectNode patch = ThreeWayMergePatch.compute(lastApplied, desired, lastApplied.deepCopy());

    assertThat(patch).isEqualTo(yaml("spec: {strategy: null}"));
  }
}
