package io.mooring.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.controller.compare.AppComparer;
import io.mooring.controller.compare.CompareRequest;
import io.mooring.controller.compare.Comparison;
import io.mooring.controller.compare.HookDetection;
import io.mooring.controller.compare.ResourceGate;
import io.mooring.engine.health.HealthAssessor;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.model.ModelCodec;
import io.mooring.server.Fixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManagedResourcesJsonTest {
  private static final ManagedResourcesJson.Filter ALL =
      new ManagedResourcesJson.Filter(null, null, null, null, null);
  private final AppComparer comparer =
      new AppComparer(HealthAssessor.builtInOnly(), HookDetection::isHook);

  private static ObjectNode yaml(String text) {
    return (ObjectNode) ModelCodec.readYaml(text, JsonNode.class);
  }

  private Comparison compare(List<ObjectNode> desired, List<ObjectNode> live) {
    Map<ResourceKey, ObjectNode> byKey = new LinkedHashMap<>();
    live.forEach(object -> byKey.put(ResourceKey.of(object), object));
    return comparer.compare(
        new CompareRequest(
            Fixtures.app("web", "default", "https://git.example.com/web.git", "web"),
            List.of("abc"),
            desired,
            byKey,
            groupKind -> true,
            ResourceGate.PERMIT_ALL));
  }

  @Test
  void aMissingResourceIsModifiedWithNoLiveStateAndAnExtraOneIsNot() {
    ObjectNode wanted = yaml("{apiVersion: v1, kind: ConfigMap, metadata: {name: wanted}}");
    ObjectNode extra =
        yaml("{apiVersion: v1, kind: ConfigMap, metadata: {name: extra, namespace: web}}");

    JsonNode items =
        ModelCodec.toTree(ManagedResourcesJson.of(compare(List.of(wanted), List.of(extra)), ALL))
            .get("items");

    JsonNode missing = items.get(1);
    assertThat(missing.get("name").asText()).isEqualTo("wanted");
    assertThat(missing.get("liveState").asText()).isEqualTo("null");
    assertThat(missing.get("normalizedLiveState").asText()).isEqualTo("null");
    assertThat(missing.get("modified").asBoolean()).isTrue();
    JsonNode onlyLive = items.get(0);
    assertThat(onlyLive.get("name").asText()).isEqualTo("extra");
    assertThat(onlyLive.get("targetState").asText()).isEqualTo("null");
    assertThat(onlyLive.get("predictedLiveState").asText()).isEqualTo("null");
    assertThat(onlyLive.get("modified").asBoolean()).isFalse();
  }

  @Test
  void aSecretHookShowsPlaceholdersInEveryStateAndIsNotModified() {
    ObjectNode desired =
        yaml(
            """
            apiVersion: v1
            kind: Secret
            metadata:
              name: token
              annotations: {argocd.argoproj.io/hook: PreSync}
            stringData: {token: desired-token-value}
            """);
    ObjectNode live =
        yaml(
            """
            apiVersion: v1
            kind: Secret
            metadata:
              name: token
              namespace: web
              annotations: {argocd.argoproj.io/hook: PreSync}
            data: {token: bGl2ZS10b2tlbi12YWx1ZQ==}
            """);

    Map<String, Object> body =
        ManagedResourcesJson.of(compare(List.of(desired), List.of(live)), ALL);
    String json = ModelCodec.toJson(body);
    JsonNode item = ModelCodec.toTree(body).get("items").get(0);

    assertThat(item.get("hook").asBoolean()).isTrue();
    assertThat(item.get("modified").asBoolean()).isFalse();
    assertThat(json)
        .doesNotContain("desired-token-value")
        .doesNotContain("bGl2ZS10b2tlbi12YWx1ZQ==")
        .contains("++++++++");
  }

  @Test
  void filtersKeepOnlyMatchingResources() {
    ObjectNode one = yaml("{apiVersion: v1, kind: ConfigMap, metadata: {name: one}}");
    ObjectNode two = yaml("{apiVersion: apps/v1, kind: Deployment, metadata: {name: two}}");
    Comparison comparison = compare(List.of(one, two), List.of());

    assertThat(items(comparison, new ManagedResourcesJson.Filter(null, null, null, "apps", null)))
        .extracting(i -> i.get("name").asText())
        .containsExactly("two");
    assertThat(
            items(comparison, new ManagedResourcesJson.Filter("web", "one", "v1", "", "ConfigMap")))
        .extracting(i -> i.get("name").asText())
        .containsExactly("one");
    assertThat(items(comparison, new ManagedResourcesJson.Filter("other", null, null, null, null)))
        .isEmpty();
  }

  private static List<JsonNode> items(Comparison comparison, ManagedResourcesJson.Filter filter) {
    List<JsonNode> items = new java.util.ArrayList<>();
    ModelCodec.toTree(ManagedResourcesJson.of(comparison, filter)).get("items").forEach(items::add);
    return items;
  }
}
