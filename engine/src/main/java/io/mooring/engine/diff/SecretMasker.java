package io.mooring.engine.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Replaces Secret values with runs of {@code +} so that no output ever holds one, yet a change
 * still shows: per key, equal values get the same placeholder and each new distinct value a longer
 * one (8, 12, 16... characters), numbered over desired, live, then their last-applied
 * configurations. Argo CD masks the same way, so users see the placeholders they know.
 */
final class SecretMasker {
  /** The placeholder of a value that cannot be masked piecewise (an unreadable annotation). */
  static final String OPAQUE = "++++++++";

  private final Map<String, Map<JsonNode, String>> dataPlaceholders = new HashMap<>();
  private final Map<String, Map<JsonNode, String>> annotationPlaceholders = new HashMap<>();
  private final Set<String> hiddenAnnotations;

  private SecretMasker(Set<String> hiddenAnnotations) {
    this.hiddenAnnotations = hiddenAnnotations;
  }

  /** A masked desired and live pair. */
  record Masked(ObjectNode desired, ObjectNode live) {}

  /** Masked copies of {@code desired} and {@code live} (either may be null). */
  static Masked mask(ObjectNode desired, ObjectNode live, Set<String> hiddenAnnotations) {
    SecretMasker masker = new SecretMasker(hiddenAnnotations);
    ObjectNode d = desired == null ? null : desired.deepCopy();
    ObjectNode l = live == null ? null : live.deepCopy();
    masker.maskObject(d);
    masker.maskObject(l);
    masker.maskLastApplied(d);
    masker.maskLastApplied(l);
    return new Masked(d, l);
  }

  private void maskObject(ObjectNode secret) {
    if (secret == null) {
      return;
    }
    ObjectNormalizer.foldStringData(secret);
    if (secret.get("data") instanceof ObjectNode data) {
      data.properties()
          .forEach(
              e ->
                  e.setValue(
                      TextNode.valueOf(placeholder(dataPlaceholders, e.getKey(), e.getValue()))));
    }
    if (secret.path("metadata").get("annotations") instanceof ObjectNode annotations) {
      for (String key : hiddenAnnotations) {
        if (!key.equals(KubeFields.LAST_APPLIED) && annotations.has(key)) {
          annotations.put(key, placeholder(annotationPlaceholders, key, annotations.get(key)));
        }
      }
    }
  }

  private void maskLastApplied(ObjectNode secret) {
    if (secret == null
        || !(secret.path("metadata").get("annotations") instanceof ObjectNode annotations)
        || !annotations.has(KubeFields.LAST_APPLIED)) {
      return;
    }
    if (hiddenAnnotations.contains(KubeFields.LAST_APPLIED)) {
      annotations.put(KubeFields.LAST_APPLIED, OPAQUE);
      return;
    }
    ObjectNode applied = LastApplied.of(secret);
    if (applied == null) {
      annotations.put(KubeFields.LAST_APPLIED, OPAQUE);
      return;
    }
    maskObject(applied);
    annotations.put(KubeFields.LAST_APPLIED, CanonicalJson.write(applied));
  }

  private static String placeholder(
      Map<String, Map<JsonNode, String>> table, String key, JsonNode value) {
    Map<JsonNode, String> byValue = table.computeIfAbsent(key, k -> new HashMap<>());
    return byValue.computeIfAbsent(value, v -> "+".repeat(8 + 4 * byValue.size()));
  }
}
