package io.mooring.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.mooring.model.ModelCodec;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads request bodies and writes responses as JSON, with the model's mapper. */
public final class Json {
  private static final ObjectMapper MAPPER = ModelCodec.jsonMapper();

  private Json() {}

  /** Writes {@code body} as JSON with status 200. */
  public static void ok(Context ctx, Object body) {
    write(ctx, 200, body);
  }

  /** Writes {@code body} as JSON with {@code status}. */
  public static void write(Context ctx, int status, Object body) {
    try {
      ctx.status(status).contentType("application/json").result(MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("response cannot be written as JSON", e);
    }
  }

  /** {@code body} as JSON bytes. */
  public static byte[] bytes(Object body) {
    try {
      return MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("response cannot be written as JSON", e);
    }
  }

  /**
   * Writes {@code {"metadata": metadata, "items": [...]}} with status 200, the items already
   * serialized (as a paged list has them).
   */
  public static void writeList(Context ctx, Object metadata, List<byte[]> items) {
    byte[] head =
        ("{\"metadata\":" + new String(bytes(metadata), StandardCharsets.UTF_8) + ",\"items\":[")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = "]}".getBytes(StandardCharsets.UTF_8);
    long length = head.length + tail.length + Math.max(0, items.size() - 1);
    for (byte[] item : items) {
      length += item.length;
    }
    if (length > Integer.MAX_VALUE - 16) {
      throw new IllegalStateException(
          "the list is "
              + length
              + " bytes of JSON, more than one response can hold; ask for pages (limit)");
    }
    // one copy of each item into a body of the exact size (a growing buffer copies 87 MB lists 3-4
    // times)
    byte[] body = new byte[(int) length];
    int at = 0;
    System.arraycopy(head, 0, body, at, head.length);
    at += head.length;
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        body[at++] = ',';
      }
      byte[] item = items.get(i);
      System.arraycopy(item, 0, body, at, item.length);
      at += item.length;
    }
    System.arraycopy(tail, 0, body, at, tail.length);
    ctx.status(200).contentType("application/json").result(body);
  }

  /** The request body as a JSON object; 400 when it is empty or not a JSON object. */
  public static JsonNode objectBody(Context ctx) {
    String text = ctx.body();
    if (text.isBlank()) {
      throw ApiException.invalid("request body is empty; expected a JSON object");
    }
    try {
      JsonNode tree = MAPPER.readTree(text);
      if (tree == null || !tree.isObject()) {
        throw ApiException.invalid("request body must be a JSON object");
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw ApiException.invalid(
          "request body is not valid JSON: " + e.getOriginalMessage().replaceAll("\\s+", " "));
    }
  }

  /** An empty JSON object, for optional bodies. */
  public static JsonNode empty() {
    return MAPPER.createObjectNode();
  }

  /** The string field {@code name} of {@code body}; 400 naming the field when missing or blank. */
  public static String requiredText(JsonNode body, String name) {
    JsonNode value = body.get(name);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw ApiException.invalid("field '" + name + "' is required and must be a non-empty string");
    }
    return value.asText();
  }

  /** The string field {@code name} of {@code body}, or "" when absent. */
  public static String optionalText(JsonNode body, String name) {
    JsonNode value = body.get(name);
    return value == null || value.isNull() ? "" : value.asText();
  }
}
