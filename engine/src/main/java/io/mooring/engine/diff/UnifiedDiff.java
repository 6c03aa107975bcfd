package io.mooring.engine.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.io.UncheckedIOException;
import java.util.List;

/** Renders two objects as YAML with sorted keys and diffs them line by line (unified format). */
final class UnifiedDiff {
  private static final int CONTEXT_LINES = 3;
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .build());

  private UnifiedDiff() {}

  /** YAML text of {@code node} with keys sorted; "" for null. */
  static String yaml(JsonNode node) {
    if (node == null || node.isNull()) {
      return "";
    }
    try {
      return YAML.writeValueAsString(CanonicalJson.sorted(node));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The unified diff from {@code live} to {@code predicted}, labelled {@code live/NAME} and {@code
   * desired/NAME}; "" when their YAML is identical.
   */
  static String between(JsonNode live, JsonNode predicted, String name) {
    List<String> before = lines(yaml(live));
    List<String> after = lines(yaml(predicted));
    Patch<String> patch = DiffUtils.diff(before, after);
    if (patch.getDeltas().isEmpty()) {
      return "";
    }
    List<String> diff =
        UnifiedDiffUtils.generateUnifiedDiff(
            "live/" + name, "desired/" + name, before, patch, CONTEXT_LINES);
    return String.join("\n", diff) + "\n";
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : List.of(text.split("\n", -1)).subList(0, count(text));
  }

  private static int count(String text) {
    String[] parts = text.split("\n", -1);
    return parts[parts.length - 1].isEmpty() ? parts.length - 1 : parts.length;
  }
}
