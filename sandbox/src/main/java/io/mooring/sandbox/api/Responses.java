package io.mooring.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.mockwebserver.http.MockResponse;

/** Builds the HTTP answers of the sandbox: JSON bodies and Kubernetes Status objects. */
public final class Responses {
  private Responses() {}

  public static MockResponse json(int code, JsonNode body) {
    return new MockResponse()
        .setResponseCode(code)
        .setHeader("Content-Type", "application/json")
        .setBody(Json.write(body));
  }

  public static MockResponse status(ApiException e) {
    ObjectNode status = Json.MAPPER.createObjectNode();
    status.put("kind", "Status");
    status.put("apiVersion", "v1");
    status.putObject("metadata");
    status.put("status", "Failure");
    status.put("message", e.getMessage());
    status.put("reason", e.reason());
    status.put("code", e.code());
    return json(e.code(), status);
  }

  public static boolean isSuccess(MockResponse response) {
    return response.code() >= 200 && response.code() < 300;
  }

  /**
   * The store's answer as an object, or {@code written} when the store answered without a body (an
   * update that removed the last finalizer deletes the object).
   */
  public static ObjectNode bodyOr(MockResponse response, ObjectNode written, String what) {
    if (isSuccess(response) && (response.getBody() == null || response.getBody().size() == 0)) {
      return written;
    }
    return bodyOf(response, what);
  }

  /** The store's answer as an object, or an exception carrying its failure. */
  public static ObjectNode bodyOf(MockResponse response, String what) {
    if (!isSuccess(response)) {
      String body = response.getBody() == null ? "" : response.getBody().readUtf8();
      String reason = response.code() == 409 ? "Conflict" : "Invalid";
      String message =
          body.isBlank() ? what + " failed with HTTP " + response.code() : messageOf(body);
      throw new ApiException(response.code(), reason, message);
    }
    return Json.parseObject(response.getBody().readUtf8());
  }

  private static String messageOf(String body) {
    try {
      JsonNode node = Json.parse(body);
      return node.has("message") ? node.get("message").asText() : body;
    } catch (IllegalArgumentException e) {
      return body;
    }
  }
}
