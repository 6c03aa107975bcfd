package io.mooring.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of Argo CD's diff conformance corpus ({@code shared/conformance/diff/cases.json}). A
 * case we cannot pass yet is listed in {@link #EXPECTED_FAILURES} with its reason, and the test
 * asserts that it still fails, so the list is corrected the day it starts passing.
 */
class DiffConformanceTest {

  /** Case id to the reason it does not pass. */
  static final Map<String, String> EXPECTED_FAILURES =
      Map.of(
          "TestStructuredMergeDiff/will apply default values",
          "needs the API server's defaulting: the predicted Service must gain"
              + " spec.internalTrafficPolicy=Cluster, a default that comes from the cluster's schema"
              + " (testdata/openapiv2.bin, protobuf OpenAPI v2), which the engine does not load",
          "TestStructuredMergeDiff/will remove previously added fields not present in desired state",
          "needs the API server's defaulting: spec.type, owned by the manager and dropped from the"
              + " desired object, is removed correctly but the server would re-default it to"
              + " ClusterIP from the schema (testdata/openapiv2.bin), which the engine does not load");

  static Stream<Arguments> cases(String api) {
    List<Arguments> selected = new ArrayList<>();
    for (JsonNode c : ConformanceCorpus.cases("cases.json")) {
      if (c.path("api").asText().equals(api)) {
        selected.add(Arguments.of(c.path("id").asText(), c));
      }
    }
    assertThat(selected).as("%s cases", api).isNotEmpty();
    return selected.stream();
  }

  static Stream<Arguments> fullPipelineCases() {
    return cases("Diff");
  }

  static Stream<Arguments> twoWayCases() {
    return cases("TwoWayDiff");
  }

  static Stream<Arguments> listCases() {
    return cases("DiffArray");
  }

  static Stream<Arguments> serverSideCases() {
    return cases("ServerSideDiff");
  }

  static Stream<Arguments> structuredMergeCases() {
    return cases("StructuredMergeDiff");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("serverSideCases")
  void serverSideDiffMatchesArgoCd(String id, JsonNode c) {
    expect(
        id,
        () -> {
          ServerSideDiffOptions options =
              ServerSideDiffOptions.defaults(c.path("manager").asText());
          if (!c.path("options").path("ignoreMutationWebhook").asBoolean()) {
            options = options.includingMutationWebhook();
          }
          options = options.withIgnoreDifferences(options(c).ignoreDifferences());
          ObjectNode dryRun = ConformanceCorpus.object(c.get("predicted_live"));
          check(c, ServerSideDiff.diff(desired(c), live(c), dryRun, options));
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("structuredMergeCases")
  void structuredMergeDiffMatchesArgoCd(String id, JsonNode c) {
    expect(
        id,
        () -> check(c, StructuredMergeDiff.diff(desired(c), live(c), c.path("manager").asText())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fullPipelineCases")
  void fullPipelineDiffMatchesArgoCd(String id, JsonNode c) {
    expect(id, () -> check(c, Differ.diff(desired(c), live(c), options(c))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("twoWayCases")
  void twoWayDiffMatchesArgoCd(String id, JsonNode c) {
    expect(id, () -> check(c, Differ.twoWay(desired(c), live(c))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listCases")
  void listDiffMatchesArgoCd(String id, JsonNode c) {
    expect(
        id,
        () -> {
          DiffListResult list = Differ.diffAll(listOf(desired(c)), listOf(live(c)), options(c));
          assertThat(list.modified())
              .as("modified")
              .isEqualTo(c.path("expect_modified").asBoolean());
          check(c, list.results().get(0));
        });
  }

  /** Runs a case; an expected failure must still fail, with its reason shown when it does not. */
  static void expect(String id, Runnable check) {
    String reason = EXPECTED_FAILURES.get(id);
    if (reason == null) {
      check.run();
    } else {
      assertThatThrownBy(check::run)
          .as(
              "case %s is listed as failing (%s) but now passes: remove it from the list",
              id, reason)
          .isInstanceOf(AssertionError.class);
    }
  }

  static void check(JsonNode c, DiffResult result) {
    JsonNode expected = c.get("expect_modified");
    if (expected != null && !expected.isNull()) {
      assertThat(result.modified())
          .as("modified; diff was:%n%s", result.unifiedDiff())
          .isEqualTo(expected.asBoolean());
    }
    CaseAssertions.check(
        c.path("assertions"),
        new CaseAssertions.Outputs(
            result.predictedLive(), result.normalizedLive(), result.unifiedDiff()));
    for (JsonNode path : c.path("differing_fields")) {
      JsonNode predicted = CaseAssertions.at(result.predictedLive(), path);
      JsonNode live = CaseAssertions.at(result.normalizedLive(), path);
      assertThat(Equivalence.equivalent(predicted, live))
          .as("field %s differs (predicted %s, live %s)", path, predicted, live)
          .isFalse();
    }
  }

  static ObjectNode desired(JsonNode c) {
    return ConformanceCorpus.object(c.get("desired"));
  }

  static ObjectNode live(JsonNode c) {
    return ConformanceCorpus.object(c.get("live"));
  }

  static DiffOptions options(JsonNode c) {
    JsonNode options = c.path("options");
    DiffOptions result = DiffOptions.DEFAULT;
    if (options.path("ignoreAggregatedRoles").asBoolean()) {
      result = result.withIgnoreAggregatedRoles();
    }
    JsonNode ignore = options.path("normalizer").path("equivalent_ignoreDifferences");
    if (!ignore.isMissingNode()) {
      List<String> pointers = new ArrayList<>();
      ignore.path("jsonPointers").forEach(p -> pointers.add(p.asText()));
      result =
          result.withIgnoreDifferences(
              List.of(IgnoreDifferences.jsonPointers("*", "*", pointers.toArray(String[]::new))));
    }
    return result;
  }

  private static List<ObjectNode> listOf(ObjectNode object) {
    List<ObjectNode> list = new ArrayList<>();
    list.add(object);
    return list;
  }
}
