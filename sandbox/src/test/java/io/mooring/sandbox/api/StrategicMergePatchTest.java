package io.mooring.sandbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class StrategicMergePatchTest {
  private final StrategicMergePatch strategic = new StrategicMergePatch(MergeKeys.kubernetes());
  private final StrategicMergePatch merge = new StrategicMergePatch(MergeKeys.none());

  private static final String POD_SPEC =
      """
      {"spec":{"containers":[
        {"name":"app","image":"app:1","env":[{"name":"A","value":"1"}],
         "ports":[{"containerPort":80,"name":"http"}]},
        {"name":"sidecar","image":"proxy:1"}],
       "tolerations":[{"key":"a"}]}}
      """;

  @Test
  void containersMergeByNameKeepingTheOthers() {
    ObjectNode result =
        strategic.apply(
            Json.parseObject(POD_SPEC),
            Json.parseObject(
                "{\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\"app:2\"}]}}"));

    assertThat(result.at("/spec/containers").size()).isEqualTo(2);
    assertThat(result.at("/spec/containers/0/image").asText()).isEqualTo("app:2");
    assertThat(result.at("/spec/containers/0/env/0/value").asText()).isEqualTo("1");
    assertThat(result.at("/spec/containers/1/name").asText()).isEqualTo("sidecar");
  }

  @Test
  void envMergesByNameAndPortsByContainerPort() {
    ObjectNode result =
        strategic.apply(
            Json.parseObject(POD_SPEC),
            Json.parseObject(
                "{\"spec\":{\"containers\":[{\"name\":\"app\",\"env\":[{\"name\":\"B\",\"value\":\"2\"}],"
                    + "\"ports\":[{\"containerPort\":80,\"protocol\":\"TCP\"},{\"containerPort\":9090}]}]}}"));

    assertThat(result.at("/spec/containers/0/env").size()).isEqualTo(2);
    assertThat(result.at("/spec/containers/0/ports").size()).isEqualTo(2);
    assertThat(result.at("/spec/containers/0/ports/0/name").asText()).isEqualTo("http");
    assertThat(result.at("/spec/containers/0/ports/0/protocol").asText()).isEqualTo("TCP");
  }

  @Test
  void patchDeleteDirectiveRemovesTheKeyedItem() {
    ObjectNode result =
        strategic.apply(
            Json.parseObject(POD_SPEC),
            Json.parseObject(
                "{\"spec\":{\"containers\":[{\"name\":\"sidecar\",\"$patch\":\"delete\"}]}}"));

    assertThat(result.at("/spec/containers").size()).isEqualTo(1);
    assertThat(result.at("/spec/containers/0/name").asText()).isEqualTo("app");
  }

  @Test
  void listsWithoutMergeKeyAreReplacedAndNullDeletes() {
    ObjectNode result =
        strategic.apply(
            Json.parseObject(POD_SPEC),
            Json.parseObject("{\"spec\":{\"tolerations\":[{\"key\":\"b\"}],\"containers\":null}}"));

    assertThat(result.at("/spec/tolerations").toString()).isEqualTo("[{\"key\":\"b\"}]");
    assertThat(result.at("/spec").has("containers")).isFalse();
  }

  @Test
  void elementOrderDirectivesAreDroppedFromTheResult() {
    ObjectNode result =
        strategic.apply(
            Json.parseObject(POD_SPEC),
            Json.parseObject(
                "{\"spec\":{\"$setElementOrder/containers\":[{\"name\":\"app\"}],\"containers\":[{\"name\":\"app\",\"image\":\"app:3\"}]}}"));

    assertThat(result.at("/spec").has("$setElementOrder/containers")).isFalse();
    assertThat(result.at("/spec/containers/0/image").asText()).isEqualTo("app:3");
  }

  @Test
  void finalizersMergeAsASetAndDeleteFromPrimitiveListRemoves() {
    ObjectNode original = Json.parseObject("{\"metadata\":{\"finalizers\":[\"a\",\"b\"]}}");

    ObjectNode added =
        strategic.apply(
            original, Json.parseObject("{\"metadata\":{\"finalizers\":[\"b\",\"c\"]}}"));
    ObjectNode removed =
        strategic.apply(
            original,
            Json.parseObject("{\"metadata\":{\"$deleteFromPrimitiveList/finalizers\":[\"a\"]}}"));

    assertThat(added.at("/metadata/finalizers").toString()).isEqualTo("[\"a\",\"b\",\"c\"]");
    assertThat(removed.at("/metadata/finalizers").toString()).isEqualTo("[\"b\"]");
  }

  @Test
  void jsonMergePatchReplacesListsWholesale() {
    ObjectNode result =
        merge.apply(
            Json.parseObject(POD_SPEC),
            Json.parseObject(
                "{\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\"app:2\"}]}}"));

    assertThat(result.at("/spec/containers").size()).isEqualTo(1);
    assertThat(result.at("/spec/containers/0").has("env")).isFalse();
  }
}
