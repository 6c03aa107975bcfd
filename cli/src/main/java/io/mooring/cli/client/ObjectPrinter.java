package io.mooring.cli.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.mooring.model.ModelCodec;
import java.io.UncheckedIOException;

/** Prints an API object as indented JSON or as YAML, for {@code -o json|yaml}. */
public final class ObjectPrinter {
  private ObjectPrinter() {}

  /** {@code value} in {@code mode} (json or yaml), ending in a newline. */
  public static String print(Object value, OutputMode mode) {
    return switch (mode) {
      case json -> prettyJson(value) + "\n";
      case yaml -> ModelCodec.toYaml(value);
      default -> throw new IllegalArgumentException("not a document format: " + mode);
    };
  }

  /** Whether {@code mode} prints the object itself rather than a human view. */
  public static boolean isDocument(OutputMode mode) {
    return mode == OutputMode.json || mode == OutputMode.yaml;
  }

  private static String prettyJson(Object value) {
    try {
      return ModelCodec.jsonMapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
