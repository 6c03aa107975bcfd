package io.mooring.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.ResourceKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class IgnoreDifferencesTest {
  private static final ObjectNode DESIRED = Fixtures.desired("deployment-ignored-fields");
  private static final ObjectNode LIVE = Fixtures.live("deployment-ignored-fields");

  private static DiffResult diffIgnoring(String rulesYaml) throws Exception {
    List<IgnoreDifferences> rules = IgnoreDifferencesReader.read("rules.yaml", rulesYaml);
    return Differ.diff(DESIRED, LIVE, DiffOptions.DEFAULT.withIgnoreDifferences(rules));
  }

  @Test
  void withoutRulesReplicasAnnotationAndSidecarImageDrift() {
    DiffResult result = Differ.diff(DESIRED, LIVE, DiffOptions.DEFAULT);

    assertThat(result.modified()).isTrue();
    assertThat(result.unifiedDiff())
        .contains("+  replicas: 1", "+      - image: proxy:1.0", "team");
  }

  @Test
  void allThreeKindsOfRuleTogetherHideAllDriftAndOutputsShowLiveValues() throws Exception {
    DiffResult result =
        diffIgnoring(
            """
            - group: apps
              kind: Deployment
              jsonPointers: [/spec/replicas]
            - group: "*"
              kind: "*"
              jqPathExpressions: ['.spec.template.spec.containers[] | select(.name == "sidecar") | .image']
            - kind: Deployment
              group: apps
              name: api
              namespace: shop
              managedFieldsManagers: [kube-controller-manager]
            """);

    assertThat(result.modified()).as(result.unifiedDiff()).isFalse();
    assertThat(result.predictedLive().at("/spec/replicas").asInt()).isEqualTo(5);
    assertThat(result.predictedLive().at("/metadata/annotations/team").asText())
        .isEqualTo("platform");
  }

  @Test
  void managedFieldsManagersIgnoreOnlyThatManagersFields() throws Exception {
    DiffResult result =
        diffIgnoring(
            """
            - group: apps
              kind: Deployment
              managedFieldsManagers: [rollouts]
            """);

    assertThat(result.modified()).isTrue();
    assertThat(result.unifiedDiff()).doesNotContain("proxy").contains("replicas");
  }

  @Test
  void ruleForAnotherNameOrKindDoesNotApply() throws Exception {
    assertThat(
            diffIgnoring(
                    """
                    - {group: apps, kind: Deployment, name: other, jsonPointers: [/spec/replicas]}
                    - {group: "", kind: ConfigMap, jsonPointers: [/spec/replicas]}
                    """)
                .unifiedDiff())
        .contains("replicas");
  }

  @Test
  void groupAndKindAcceptWildcards() {
    ResourceKey key = new ResourceKey("apps", "Deployment", "shop", "api");

    assertThat(IgnoreDifferences.jsonPointers("*", "*").matches(key)).isTrue();
    assertThat(IgnoreDifferences.jsonPointers("app*", "Deploy*").matches(key)).isTrue();
    assertThat(IgnoreDifferences.jsonPointers("*.k8s.io", "Deployment").matches(key)).isFalse();
    assertThat(IgnoreDifferences.jsonPointers("apps", "StatefulSet").matches(key)).isFalse();
  }

  @Test
  void misspeltFieldIsReportedWithItsRule() {
    assertThatThrownBy(
            () ->
                IgnoreDifferencesReader.read(
                    "rules.yaml", "- kind: Deployment\n  jsonPointer: [/x]\n"))
        .isInstanceOf(IgnoreDifferencesFormatException.class)
        .hasMessageContaining("rules.yaml: rule 1: unknown field 'jsonPointer'");
  }

  @Test
  void invalidJqExpressionIsReportedWithItsRule() {
    assertThatThrownBy(
            () ->
                IgnoreDifferencesReader.read(
                    "rules.yaml", "- kind: '*'\n- kind: Pod\n  jqPathExpressions: ['.spec[']\n"))
        .isInstanceOf(IgnoreDifferencesFormatException.class)
        .hasMessageContaining("rules.yaml: rule 2: invalid jq path expression '.spec['");
  }

  @Test
  void ruleWithoutKindIsRejected() {
    assertThatThrownBy(() -> IgnoreDifferencesReader.read("r.json", "[{\"group\": \"apps\"}]"))
        .hasMessageContaining("r.json: rule 1: kind is required");
  }
}
