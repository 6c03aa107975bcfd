package io.mooring.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HookAnnotationsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode annotated(Map<String, String> annotations) {
    ObjectNode object = JSON.createObjectNode();
    object.put("apiVersion", "batch/v1").put("kind", "Job");
    ObjectNode metadata = object.putObject("metadata").put("name", "job").put("namespace", "shop");
    annotations.forEach(metadata.putObject("annotations")::put);
    return object;
  }

  @Test
  void argoHookTypesAreACommaList() throws SyncPlanException {
    ObjectNode hook = annotated(Map.of("argocd.argoproj.io/hook", "PostSync, PreSync"));

    assertThat(HookAnnotations.isHook(hook)).isTrue();
    assertThat(HookAnnotations.phases(hook)).containsExactly(SyncPhase.PreSync, SyncPhase.PostSync);
  }

  @Test
  void skipAloneIsNotAHookButSkipped() throws SyncPlanException {
    ObjectNode skipped = annotated(Map.of("argocd.argoproj.io/hook", "Skip"));

    assertThat(HookAnnotations.isHook(skipped)).isFalse();
    assertThat(HookAnnotations.isSkipped(skipped)).isTrue();
  }

  @Test
  void deleteHooksAreHooksWithoutASyncPhase() throws SyncPlanException {
    ObjectNode hook = annotated(Map.of("argocd.argoproj.io/hook", "PreDelete"));

    assertThat(HookAnnotations.isHook(hook)).isTrue();
    assertThat(HookAnnotations.phases(hook)).isEmpty();
  }

  @Test
  void defaultDeletePolicyIsBeforeHookCreation() throws SyncPlanException {
    ObjectNode hook = annotated(Map.of("argocd.argoproj.io/hook", "PreSync"));

    assertThat(HookAnnotations.deletePolicies(hook))
        .containsExactly(HookDeletePolicy.BeforeHookCreation);
  }

  @Test
  void helmHookTypesAndPoliciesAreMapped() throws SyncPlanException {
    ObjectNode hook =
        annotated(
            Map.of(
                "helm.sh/hook", "pre-upgrade,post-install",
                "helm.sh/hook-delete-policy", "hook-succeeded,hook-failed",
                "helm.sh/hook-weight", "-3"));

    assertThat(HookAnnotations.phases(hook)).containsExactly(SyncPhase.PreSync, SyncPhase.PostSync);
    assertThat(HookAnnotations.deletePolicies(hook))
        .containsExactlyInAnyOrder(HookDeletePolicy.HookSucceeded, HookDeletePolicy.HookFailed);
    assertThat(HookAnnotations.wave(hook)).isEqualTo(-3);
  }

  @Test
  void syncWaveWinsOverHelmWeight() throws SyncPlanException {
    ObjectNode hook =
        annotated(Map.of("helm.sh/hook-weight", "7", "argocd.argoproj.io/sync-wave", "-2"));

    assertThat(HookAnnotations.wave(hook)).isEqualTo(-2);
  }

  @Test
  void helmCrdInstallIsAPlainResource() throws SyncPlanException {
    assertThat(HookAnnotations.isHook(annotated(Map.of("helm.sh/hook", "crd-install")))).isFalse();
  }

  @Test
  void unknownArgoDeletePolicyIsAnErrorNamingTheObject() {
    ObjectNode hook =
        annotated(
            Map.of(
                "argocd.argoproj.io/hook", "PreSync",
                "argocd.argoproj.io/hook-delete-policy", "OnSuccess"));

    assertThatThrownBy(() -> HookAnnotations.deletePolicies(hook))
        .isInstanceOf(SyncPlanException.class)
        .hasMessageContaining("batch/Job/shop/job")
        .hasMessageContaining("argocd.argoproj.io/hook-delete-policy")
        .hasMessageContaining("'OnSuccess'")
        .hasMessageContaining("HookSucceeded");
  }
}
