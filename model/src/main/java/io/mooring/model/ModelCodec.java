package io.mooring.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes model objects as YAML (multi-document) or JSON. Reading is strict about syntax
 * (duplicate keys are an error) and lenient about content (unknown fields are kept, see {@link
 * Extensible}); null fields are not written.
 */
public final class ModelCodec {
  private static final YAMLMapper YAML =
      configure(
          YAMLMapper.builder(
                  YAMLFactory.builder()
                      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                      .build())
              .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .build());
  private static final JsonMapper JSON =
      configure(JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

  private ModelCodec() {}

  private static <M extends ObjectMapper> M configure(M mapper) {
    mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
    mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    return mapper;
  }

  /**
   * Splits {@code text} (YAML, possibly several documents, or JSON) into documents. Empty documents
   * are skipped but counted, so indexes match what the user sees.
   */
  public static List<ModelDocument> readDocuments(String source, String text)
      throws ModelParseException {
    List<ModelDocument> documents = new ArrayList<>();
    int index = 0;
    try (JsonParser parser = YAML.createParser(text);
        MappingIterator<JsonNode> values = YAML.readValues(parser, JsonNode.class)) {
      while (values.hasNextValue()) {
        JsonNode tree = values.nextValue();
        if (!isEmptyDocument(tree)) {
          documents.add(new ModelDocument(source, index, tree));
        }
        index++;
      }
    } catch (JsonProcessingException e) {
      throw new ModelParseException(
          source, index, "", "malformed YAML" + at(e.getLocation()) + ": " + cleanMessage(e), e);
    } catch (IOException e) {
      throw new ModelParseException(source, index, "", e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new ModelParseException(source, index, "", "malformed YAML: " + e.getMessage(), e);
    }
    return documents;
  }

  /**
   * Binds a document to a model type, naming the offending field when a value has the wrong type.
   */
  public static <T> T bind(ModelDocument document, Class<T> type) throws ModelParseException {
    try {
      return JSON.treeToValue(document.tree(), type);
    } catch (JsonMappingException e) {
      String path = FieldPaths.of(e.getPath());
      throw new ModelParseException(
          document.source(), document.index(), path, bindingMessage(e), e);
    } catch (JsonProcessingException e) {
      throw new ModelParseException(document.source(), document.index(), "", cleanMessage(e), e);
    }
  }

  /** Reads a single object of the given type from YAML or JSON text. */
  public static <T> T readYaml(String text, Class<T> type) {
    try {
      return YAML.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(cleanMessage(e), e);
    }
  }

  /** Writes an object as YAML (one document, no leading {@code ---}). */
  public static String toYaml(Object value) {
    try {
      return YAML.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes an object as compact JSON. */
  public static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Converts a model object to a JSON tree (unknown fields included). */
  public static JsonNode toTree(Object value) {
    return JSON.valueToTree(value);
  }

  /** A deep copy of a model object (unknown fields included). */
  @SuppressWarnings("unchecked")
  public static <T> T copy(T value) {
    return value == null ? null : (T) JSON.convertValue(JSON.valueToTree(value), value.getClass());
  }

  /** The shared JSON mapper configured for model types, for callers that bind trees themselves. */
  public static ObjectMapper jsonMapper() {
    return JSON;
  }

  /** A document holding nothing (only comments, or a trailing {@code ---}). */
  private static boolean isEmptyDocument(JsonNode tree) {
    return tree == null
        || tree.isNull()
        || tree.isMissingNode()
        || (tree.isTextual() && tree.asText().isEmpty());
  }

  private static String at(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String bindingMessage(JsonMappingException e) {
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      Matcher found = FOUND_TOKEN.matcher(String.valueOf(e.getOriginalMessage()));
      String what =
          found.find() ? " found " + describeToken(found.group(1)) + quoted(found.group(2)) : "";
      return "wrong type: expected "
          + describeType(mismatch.getTargetType())
          + (what.isEmpty() ? "" : ";" + what);
    }
    return cleanMessage(e);
  }

  private static final Pattern FOUND_TOKEN =
      Pattern.compile("from (Array|Object|String|Floating|Integer|Boolean)[^\"]*(\"[^\"]*\")?");

  private static String quoted(String value) {
    return value == null ? "" : " " + value;
  }

  private static String describeType(Class<?> type) {
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Long.class || type == Integer.class || type == long.class || type == int.class) {
      return "a whole number";
    }
    if (type == String.class) {
      return "a string";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "an object (a mapping of fields)";
  }

  private static String describeToken(String token) {
    return switch (token) {
      case "Array" -> "a list";
      case "Object" -> "an object";
      case "String" -> "a string";
      case "Floating" -> "a decimal number";
      case "Integer" -> "a whole number";
      case "Boolean" -> "a boolean";
      default -> token.toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String cleanMessage(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    // YAML errors span several lines ("while parsing X", a source excerpt, "expected Y, but found
    // Z"):
    // keep the sentences, drop the excerpts and the positions (reported separately).
    String sentences =
        message
            .lines()
            .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
            .filter(line -> !line.startsWith(" at [Source"))
            .collect(java.util.stream.Collectors.joining("; "));
    return sentences.replace("`java.lang.", "`").replace("java.lang.", "");
  }
}
