package io.mooring.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Evaluates the {@code assertions} of a conformance case against a diff's outputs. */
final class CaseAssertions {
  private CaseAssertions() {}

  /** The outputs assertions can refer to. */
  record Outputs(JsonNode predictedLive, JsonNode normalizedLive, String diffText) {}

  static void check(JsonNode assertions, Outputs outputs) {
    for (JsonNode assertion : assertions) {
      checkOne(assertion, outputs);
    }
  }

  private static void checkOne(JsonNode a, Outputs outputs) {
    String on = a.path("on").asText();
    String op = a.path("op").asText();
    String what = on + " " + op + " " + a.path("path") + " " + a.path("value");
    if (on.equals("diffText")) {
      checkText(a, op, outputs.diffText(), what);
      return;
    }
    JsonNode root = on.equals("predictedLive") ? outputs.predictedLive() : outputs.normalizedLive();
    String text = root == null ? "null" : root.toString();
    JsonNode node = at(root, a.path("path"));
    JsonNode value = a.get("value");
    switch (op) {
      case "equals" -> assertThat(scalar(node)).as(what).isEqualTo(scalar(value));
      case "len" -> assertThat(node == null ? 0 : node.size()).as(what).isEqualTo(value.asInt());
      case "present" -> assertThat(node).as(what).isNotNull();
      case "absent" -> assertThat(node).as(what).isNull();
      case "empty_or_absent" ->
          assertThat(node == null || node.isNull() || node.asText().isEmpty()).as(what).isTrue();
      case "not_empty" ->
          assertThat(node != null && !node.isNull() && !node.asText().isEmpty()).as(what).isTrue();
      case "contains_text" -> assertThat(text).as(what).contains(value.asText());
      case "not_contains_text" -> assertThat(text).as(what).doesNotContain(value.asText());
      case "quantity_equals" -> {
        String actual =
            node == null ? "0" : Quantity.parse(node.asText()).orElseThrow().canonical();
        assertThat(actual).as(what).isEqualTo(value.asText());
      }
      case "keys_equal" -> {
        List<String> keys = new ArrayList<>();
        if (node != null) {
          node.fieldNames().forEachRemaining(keys::add);
        }
        List<String> expected = new ArrayList<>();
        value.forEach(v -> expected.add(v.asText()));
        assertThat(keys).as(what).containsExactlyInAnyOrderElementsOf(expected);
      }
      case "list_item_where" -> checkListItem(a, node, what);
      default -> throw new AssertionError("unknown assertion op " + op);
    }
  }

  private static void checkListItem(JsonNode a, JsonNode list, String what) {
    JsonNode found = null;
    if (list != null) {
      for (JsonNode item : list) {
        if (contains(item, a.path("where"))) {
          found = item;
        }
      }
    }
    assertThat(found).as(what + " where " + a.path("where")).isNotNull();
    assertThat(contains(found, a.path("expect"))).as(what + " expect " + a.path("expect")).isTrue();
  }

  private static boolean contains(JsonNode item, JsonNode fields) {
    Iterator<String> names = fields.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!Equivalence.equivalent(item.get(name), fields.get(name))) {
        return false;
      }
    }
    return true;
  }

  private static void checkText(JsonNode a, String op, String diffText, String what) {
    switch (op) {
      case "contains_text" -> assertThat(diffText).as(what).contains(a.path("value").asText());
      case "count_lines_with_prefix" -> {
        List<String> prefixes = new ArrayList<>();
        if (a.path("value").isArray()) {
          a.path("value").forEach(v -> prefixes.add(v.asText()));
        } else {
          prefixes.add(a.path("value").asText());
        }
        long count =
            diffText
                .lines()
                .filter(line -> prefixes.stream().anyMatch(p -> line.startsWith(unified(p))))
                .count();
        assertThat(count).as(what).isEqualTo(a.path("count").asLong());
      }
      default -> throw new AssertionError("unknown diffText op " + op);
    }
  }

  /**
   * GNU normal-format diff lines ({@code > line}, {@code < line}) as unified-format lines ({@code
   * +line}, {@code -line}); the corpus records the former, we print the latter.
   */
  private static String unified(String normalLine) {
    String sign = normalLine.startsWith(">") ? "+" : "-";
    return sign + normalLine.substring(2);
  }

  static JsonNode at(JsonNode root, JsonNode path) {
    JsonNode node = root;
    for (JsonNode step : path) {
      if (node == null || node.isNull()) {
        return null;
      }
      node = step.isInt() ? node.get(step.asInt()) : node.get(step.asText());
    }
    return node;
  }

  private static Object scalar(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    return node.isNumber() ? node.decimalValue().stripTrailingZeros() : node.asText();
  }
}
