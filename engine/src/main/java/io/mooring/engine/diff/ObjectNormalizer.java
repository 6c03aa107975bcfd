package io.mooring.engine.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.mooring.engine.resource.KubeObjects;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Brings an object into the form the API server would store, so that only real drift remains: drops
 * nulls, server-filled metadata and status; canonicalizes quantities; folds Secret stringData into
 * data; sorts Endpoints subsets; drops aggregated ClusterRole rules when asked. Works on a copy.
 */
final class ObjectNormalizer {
  private ObjectNormalizer() {}

  /** A normalized deep copy of {@code object}. */
  static ObjectNode normalize(ObjectNode object, DiffOptions options) {
    ObjectNode copy = object.objectNode();
    boolean secret = isCore(object, "Secret");
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      String name = entry.getKey();
      JsonNode value = entry.getValue();
      if (secret && (name.equals("data") || name.equals("stringData"))) {
        copy.set(name, value.deepCopy());
      } else if (!name.equals("status") && !omitted(value)) {
        copy.set(name, name.equals("metadata") ? metadata(value) : cleanCopy(value, "", name));
      }
    }
    if (secret) {
      foldStringData(copy);
    }
    if (isCore(copy, "Endpoints")) {
      sortEndpoints(copy);
    }
    if (options.ignoreAggregatedRoles()
        && "ClusterRole".equals(copy.path("kind").asText())
        && copy.has("aggregationRule")) {
      copy.remove("rules");
    }
    return copy;
  }

  static boolean isCore(JsonNode object, String kind) {
    return kind.equals(object.path("kind").asText()) && KubeObjects.group(object).isEmpty();
  }

  private static JsonNode metadata(JsonNode metadata) {
    JsonNode copy = cleanCopy(metadata, "", "metadata");
    if (copy instanceof ObjectNode object) {
      KubeFields.SERVER_METADATA.forEach(object::remove);
    }
    return copy;
  }

  /** The API server omits nulls and empty lists; so do we. */
  private static boolean omitted(JsonNode value) {
    return value.isNull() || (value.isArray() && value.isEmpty());
  }

  /**
   * A copy without nulls and empty lists, with quantities in canonical form. Value nodes are
   * immutable and shared.
   */
  private static JsonNode cleanCopy(JsonNode node, String parentField, String field) {
    if (node instanceof ObjectNode object) {
      ObjectNode copy = object.objectNode();
      for (Map.Entry<String, JsonNode> entry : object.properties()) {
        JsonNode value = entry.getValue();
        if (omitted(value)) {
          continue;
        }
        String name = entry.getKey();
        if (value.isValueNode() && KubeFields.isQuantityContext(field, name)) {
          copy.set(name, canonicalQuantity(value));
        } else {
          copy.set(name, cleanCopy(value, field, name));
        }
      }
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = array.arrayNode(array.size());
      for (JsonNode item : array) {
        copy.add(cleanCopy(item, parentField, field));
      }
      return copy;
    }
    return node;
  }

  private static JsonNode canonicalQuantity(JsonNode value) {
    String text = value.isNumber() ? value.decimalValue().toPlainString() : value.asText();
    String canonical = Quantity.canonicalText(text);
    return canonical == null ? value : TextNode.valueOf(canonical);
  }

  /** Merges stringData into data (base64) and turns null data values into empty ones. */
  static void foldStringData(ObjectNode secret) {
    JsonNode stringData = secret.get("stringData");
    JsonNode data = secret.get("data");
    if (stringData instanceof ObjectNode strings) {
      ObjectNode merged = data instanceof ObjectNode existing ? existing : secret.putObject("data");
      strings.properties().forEach(e -> merged.put(e.getKey(), base64(scalarText(e.getValue()))));
    }
    secret.remove("stringData");
    if (secret.get("data") instanceof ObjectNode values) {
      values
          .properties()
          .forEach(
              e -> {
                if (e.getValue().isNull()) {
                  e.setValue(TextNode.valueOf(""));
                } else if (!e.getValue().isTextual()) {
                  e.setValue(TextNode.valueOf(scalarText(e.getValue())));
                }
              });
      if (values.isEmpty()) {
        secret.remove("data");
      }
    }
  }

  private static String scalarText(JsonNode value) {
    if (value.isNull()) {
      return "";
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Sorts subsets, and their addresses and ports, so that order is not drift. */
  private static void sortEndpoints(ObjectNode endpoints) {
    if (!(endpoints.get("subsets") instanceof ArrayNode subsets)) {
      return;
    }
    for (JsonNode subset : subsets) {
      if (subset instanceof ObjectNode s) {
        sortArray(s.get("addresses"));
        sortArray(s.get("notReadyAddresses"));
        sortArray(s.get("ports"));
      }
    }
    sortArray(subsets);
  }

  private static void sortArray(JsonNode node) {
    if (!(node instanceof ArrayNode array)) {
      return;
    }
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    items.sort(Comparator.comparing(CanonicalJson::write));
    array.removeAll();
    items.forEach(array::add);
  }
}
