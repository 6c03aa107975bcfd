package io.mooring.server.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Small readers shared by the payload parsers. */
final class Payloads {
  private Payloads() {}

  /** The non-blank text values at {@code fields} of {@code node}, in order, without repeats. */
  static List<String> texts(JsonNode node, String... fields) {
    Set<String> values = new LinkedHashSet<>();
    for (String field : fields) {
      text(node, field).ifPresent(values::add);
    }
    return new ArrayList<>(values);
  }

  /** The non-blank text at {@code field}, if any. */
  static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() && !value.asText().isBlank()
        ? Optional.of(value.asText())
        : Optional.empty();
  }

  /** Every path in the {@code added}, {@code modified} and {@code removed} lists of the commits. */
  static Set<String> changedFiles(JsonNode commits) {
    Set<String> files = new LinkedHashSet<>();
    for (JsonNode commit : commits) {
      for (String list : List.of("added", "modified", "removed")) {
        for (JsonNode path : commit.path(list)) {
          files.add(path.asText());
        }
      }
    }
    return files;
  }
}
