package io.mooring.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.model.ModelCodec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Hides every value of a core Secret behind one placeholder, keeping its keys: the server never
 * sends Secret values, so a diff made on this side can say which keys a Secret gains or loses but
 * not whether a value changed. {@code stringData} is folded into {@code data}, as the API server
 * does, and the last-applied annotation is treated the same way. Pure: inputs are not modified.
 */
public final class SecretValues {
  /** The engine's placeholder for a masked value. */
  public static final String PLACEHOLDER = "++++++++";

  private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

  private SecretValues() {}

  /** {@code object} itself when it is not a core Secret (or null), else a blinded copy. */
  public static ObjectNode blind(ObjectNode object) {
    if (object == null
        || !object.path("kind").asText().equals("Secret")
        || !object.path("apiVersion").asText().equals("v1")) {
      return object;
    }
    ObjectNode copy = object.deepCopy();
    blindData(copy);
    JsonNode annotations = copy.path("metadata").path("annotations");
    if (annotations instanceof ObjectNode map && map.hasNonNull(LAST_APPLIED)) {
      map.put(LAST_APPLIED, blindedJson(map.get(LAST_APPLIED).asText()));
    }
    return copy;
  }

  private static void blindData(ObjectNode secret) {
    List<String> keys = new ArrayList<>();
    secret.path("data").fieldNames().forEachRemaining(keys::add);
    secret.path("stringData").fieldNames().forEachRemaining(keys::add);
    secret.remove("stringData");
    if (keys.isEmpty()) {
      return;
    }
    ObjectNode data = secret.putObject("data");
    keys.stream().sorted().distinct().forEach(key -> data.put(key, PLACEHOLDER));
  }

  private static String blindedJson(String json) {
    try {
      JsonNode node = ModelCodec.jsonMapper().readTree(json);
      if (node instanceof ObjectNode object) {
        blindData(object);
        return ModelCodec.toJson(object);
      }
    } catch (IOException e) {
      // not JSON: leave it; the diff shows it masked like any other annotation value
    }
    return json;
  }
}
