package io.mooring.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;

/**
 * A Secret's {@code stringData} folded into {@code data}, as the real API server does on every
 * write: each value base64-encoded under its key (over a {@code data} entry of the same key), and
 * {@code stringData} itself never stored, so readers of {@code data} see what a cluster would show.
 */
final class SecretStringData {
  private SecretStringData() {}

  /** Folds {@code stringData} of {@code secret} into its {@code data}, in place. */
  static void fold(ObjectNode secret) {
    JsonNode stringData = secret.remove("stringData");
    if (stringData == null || !stringData.isObject() || stringData.isEmpty()) {
      return;
    }
    ObjectNode data =
        secret.path("data").isObject() ? (ObjectNode) secret.get("data") : secret.putObject("data");
    Iterator<Map.Entry<String, JsonNode>> entries = stringData.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      data.put(
          entry.getKey(),
          Base64.getEncoder()
              .encodeToString(entry.getValue().asText().getBytes(StandardCharsets.UTF_8)));
    }
  }
}
