package io.mooring.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Argo CD's secret masking, Secret normalization and pre-diff normalization expectations ({@code
 * shared/conformance/diff/secret_and_normalization_cases.json}).
 */
class SecretAndNormalizationConformanceTest {

  static Stream<Arguments> cases(String function) {
    List<Arguments> selected = new ArrayList<>();
    for (JsonNode c : ConformanceCorpus.cases("secret_and_normalization_cases.json")) {
      if (c.path("function").asText().startsWith(function)) {
        selected.add(Arguments.of(c.path("id").asText(), c));
      }
    }
    assertThat(selected).as("%s cases", function).isNotEmpty();
    return selected.stream();
  }

  static Stream<Arguments> maskingCases() {
    return cases("HideSecretData");
  }

  static Stream<Arguments> normalizationCases() {
    return Stream.concat(cases("NormalizeSecret"), cases("remarshal"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("maskingCases")
  void secretValuesAreMaskedAsArgoCdMasksThem(String id, JsonNode c) {
    boolean remarshal = c.path("preprocess").asText().contains("remarshal");
    ObjectNode target = input(c.get("target"), remarshal);
    ObjectNode live = input(c.get("live"), remarshal);
    Set<String> hidden = new HashSet<>();
    c.path("hide_annotations").fieldNames().forEachRemaining(hidden::add);

    SecretMasker.Masked masked = SecretMasker.mask(target, live, hidden);

    for (JsonNode expect : c.path("expect")) {
      String on = expect.path("on").asText();
      List<ObjectNode> subjects = new ArrayList<>();
      if (on.equals("target") || (on.startsWith("each") && masked.desired() != null)) {
        subjects.add(masked.desired());
      }
      if (on.equals("live") || (on.startsWith("each") && masked.live() != null)) {
        subjects.add(masked.live());
      }
      for (ObjectNode subject : subjects) {
        checkMasked(expect, subject);
      }
    }
  }

  private static void checkMasked(JsonNode expect, ObjectNode subject) {
    JsonNode node = CaseAssertions.at(subject, expect.path("path"));
    String what = expect.toString();
    if (expect.has("parse_json_then_path")) {
      try {
        node =
            CaseAssertions.at(
                CanonicalJson.read(node.asText()), expect.get("parse_json_then_path"));
      } catch (Exception e) {
        throw new AssertionError("not JSON: " + node, e);
      }
    }
    if (expect.has("equals")) {
      assertThat(node).as(what).isEqualTo(expect.get("equals"));
    }
    if (expect.path("is_null_or_absent").asBoolean()) {
      assertThat(node == null || node.isNull()).as(what).isTrue();
    }
    if (expect.has("not_contains_text")) {
      assertThat(node.toString()).as(what).doesNotContain(expect.get("not_contains_text").asText());
    }
    if (expect.has("contains_entries_exactly")) {
      JsonNode actual = node;
      expect
          .get("contains_entries_exactly")
          .properties()
          .forEach(
              e ->
                  assertThat(actual.get(e.getKey()))
                      .as(what + " " + e.getKey())
                      .isEqualTo(e.getValue()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("normalizationCases")
  void objectsAreNormalizedAsArgoCdRemarshalsThem(String id, JsonNode c) {
    ObjectNode normalized =
        ObjectNormalizer.normalize((ObjectNode) c.get("input"), DiffOptions.DEFAULT);

    for (JsonNode expect : c.path("expect")) {
      JsonNode node = CaseAssertions.at(normalized, expect.path("path"));
      String what = expect.toString();
      if (expect.path("absent").asBoolean()) {
        assertThat(node).as(what).isNull();
      }
      if (expect.has("equals")) {
        assertThat(node).as(what).isEqualTo(expect.get("equals"));
      }
      if (expect.path("present_as_map").asBoolean()) {
        assertThat(node != null && node.isObject()).as(what).isTrue();
      }
      if (expect.has("has_keys")) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        List<String> expected = new ArrayList<>();
        expect.get("has_keys").forEach(k -> expected.add(k.asText()));
        assertThat(keys).as(what).containsExactlyInAnyOrderElementsOf(expected);
      }
    }
  }

  private static ObjectNode input(JsonNode node, boolean remarshal) {
    if (node == null || node.isNull()) {
      return null;
    }
    ObjectNode object = (ObjectNode) node;
    return remarshal ? ObjectNormalizer.normalize(object, DiffOptions.DEFAULT) : object.deepCopy();
  }
}
