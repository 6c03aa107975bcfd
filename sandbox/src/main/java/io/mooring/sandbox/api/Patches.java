package io.mooring.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flipkart.zjsonpatch.JsonPatch;
import com.flipkart.zjsonpatch.JsonPatchApplicationException;
import java.util.Locale;

/**
 * Applies a PATCH body of any of the four Kubernetes patch types to a live object. Pure: it
 * computes the new object and leaves storing it to the caller.
 */
public final class Patches {
  /** The patch types, by their content type. */
  public enum Type {
    JSON_PATCH("application/json-patch+json"),
    MERGE_PATCH("application/merge-patch+json"),
    STRATEGIC_MERGE_PATCH("application/strategic-merge-patch+json"),
    APPLY_PATCH("application/apply-patch+yaml");

    private final String contentType;

    Type(String contentType) {
      this.contentType = contentType;
    }

    public String contentType() {
      return contentType;
    }

    /** The patch type named by a Content-Type header. */
    public static Type of(String contentType) {
      String bare =
          contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
      for (Type type : values()) {
        if (type.contentType.equals(bare)) {
          return type;
        }
      }
      throw new ApiException(
          415,
          "UnsupportedMediaType",
          "the body of the request was in an unknown format - accepted media types include: "
              + "application/json-patch+json, application/merge-patch+json, "
              + "application/strategic-merge-patch+json, application/apply-patch+yaml (got "
              + contentType
              + ")");
    }
  }

  private Patches() {}

  /**
   * The object after the patch. Strategic-merge patch is refused for custom resources, as a real
   * API server refuses it.
   */
  public static ObjectNode apply(Type type, ObjectNode live, String body, boolean builtIn) {
    return switch (type) {
      case JSON_PATCH -> jsonPatch(live, body);
      case MERGE_PATCH -> new StrategicMergePatch(MergeKeys.none()).apply(live, object(body));
      case STRATEGIC_MERGE_PATCH -> {
        if (!builtIn) {
          throw new ApiException(
              415,
              "UnsupportedMediaType",
              "strategic merge patch is not supported for custom resources; use a JSON merge patch");
        }
        yield new StrategicMergePatch(MergeKeys.kubernetes()).apply(live, object(body));
      }
      case APPLY_PATCH ->
          new StrategicMergePatch(builtIn ? MergeKeys.kubernetes() : MergeKeys.none())
              .apply(live, object(body));
    };
  }

  private static ObjectNode jsonPatch(ObjectNode live, String body) {
    JsonNode patch = Json.parse(body);
    try {
      JsonNode result = JsonPatch.apply(patch, live);
      if (!(result instanceof ObjectNode object)) {
        throw new ApiException(422, "Invalid", "the JSON patch did not produce an object");
      }
      return object;
    } catch (JsonPatchApplicationException e) {
      throw new ApiException(
          422, "Invalid", "the JSON patch could not be applied: " + e.getMessage());
    }
  }

  private static ObjectNode object(String body) {
    try {
      return Json.parseObject(body);
    } catch (IllegalArgumentException e) {
      throw new ApiException(
          400, "BadRequest", "the patch body is not an object: " + e.getMessage());
    }
  }
}
