package io.mooring.cli.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.ModelCodec;
import io.mooring.model.OperationState;
import io.mooring.model.ResourceResult;
import io.mooring.model.SyncOperationResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationProgressTest {
  private static final WaveLookup WAVES =
      WaveLookup.of(
          List.of(
              manifest("batch/v1", "Job", "migrate", null),
              manifest("v1", "ConfigMap", "settings", "-1"),
              manifest("apps/v1", "Deployment", "api", "2")),
          List.of());

  @Test
  void aResourceLineAppearsOnceItHasAResultWithItsPhaseAndWave() {
    OperationProgress progress = new OperationProgress(WAVES, Palette.plain());

    List<String> started =
        progress.linesFor(state(result("apps", "Deployment", "api", null, "started")));
    List<String> applied =
        progress.linesFor(state(result("apps", "Deployment", "api", "Synced", "created")));

    assertThat(started).isEmpty();
    assertThat(applied).containsExactly("Sync wave 2: apps Deployment shop/api Synced: created");
  }

  @Test
  void anUnchangedResultIsNotRepeated() {
    OperationProgress progress = new OperationProgress(WAVES, Palette.plain());
    OperationState state = state(result("", "ConfigMap", "settings", "Synced", "created"));

    assertThat(progress.linesFor(state))
        .containsExactly("Sync wave -1: ConfigMap shop/settings Synced: created");
    assertThat(progress.linesFor(state)).isEmpty();
  }

  @Test
  void aHookIsShownWhileItRunsAndWhenItEnds() {
    OperationProgress progress = new OperationProgress(WAVES, Palette.plain());

    List<String> lines = new ArrayList<>();
    lines.addAll(progress.linesFor(state(hook("Running", null, "started"))));
    lines.addAll(progress.linesFor(state(hook("Running", "Synced", "started"))));
    lines.addAll(progress.linesFor(state(hook("Succeeded", "Synced", "job completed"))));

    assertThat(lines)
        .containsExactly(
            "PreSync wave 0: batch Job shop/migrate (hook) Running: started",
            "PreSync wave 0: batch Job shop/migrate (hook) Succeeded: job completed");
  }

  @Test
  void aResourceOfUnknownWaveShowsItsPhaseOnly() {
    OperationProgress progress = new OperationProgress(WaveLookup.none(), Palette.plain());

    assertThat(progress.linesFor(state(result("", "Service", "web", "SyncFailed", "port invalid"))))
        .containsExactly("Sync: Service shop/web SyncFailed: port invalid");
  }

  @Test
  void noStateYetMeansNoLines() {
    assertThat(new OperationProgress(WAVES, Palette.plain()).linesFor(null)).isEmpty();
  }

  private static OperationState state(ResourceResult... results) {
    OperationState state = new OperationState();
    state.phase = "Running";
    state.syncResult = new SyncOperationResult();
    state.syncResult.resources = List.of(results);
    return state;
  }

  private static ResourceResult result(
      String group, String kind, String name, String status, String message) {
    ResourceResult result = new ResourceResult();
    result.group = group;
    result.kind = kind;
    result.namespace = "shop";
    result.name = name;
    result.status = status;
    result.message = message;
    result.syncPhase = "Sync";
    result.hookPhase = "Running";
    return result;
  }

  private static ResourceResult hook(String hookPhase, String status, String message) {
    ResourceResult result = result("batch", "Job", "migrate", status, message);
    result.hookType = "PreSync";
    result.syncPhase = "PreSync";
    result.hookPhase = hookPhase;
    return result;
  }

  private static JsonNode manifest(String apiVersion, String kind, String name, String wave) {
    String annotations =
        wave == null ? "" : ", annotations: {argocd.argoproj.io/sync-wave: '" + wave + "'}";
    return ModelCodec.readYaml(
        "{apiVersion: "
            + apiVersion
            + ", kind: "
            + kind
            + ", metadata: {name: "
            + name
            + annotations
            + "}}",
        JsonNode.class);
  }
}
