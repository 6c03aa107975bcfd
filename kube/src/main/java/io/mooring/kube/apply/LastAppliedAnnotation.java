package io.mooring.kube.apply;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.Annotations;

/**
 * kubectl's {@code kubectl.kubernetes.io/last-applied-configuration} annotation: read and stamp.
 */
public final class LastAppliedAnnotation {
  /** The annotation key. */
  public static final String KEY = Annotations.LAST_APPLIED_CONFIGURATION;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private LastAppliedAnnotation() {}

  /** The configuration last applied to {@code live}, or null when absent or not a JSON object. */
  public static ObjectNode read(JsonNode live) {
    JsonNode value = live.path("metadata").path("annotations").get(KEY);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      return null;
    }
    try {
      return MAPPER.readTree(value.asText()) instanceof ObjectNode object ? object : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /**
   * A copy of {@code desired} carrying the annotation, whose value is {@code desired} itself
   * without the annotation, as kubectl writes it.
   */
  public static ObjectNode stamp(ObjectNode desired) {
    ObjectNode withAnnotation = desired.deepCopy();
    ObjectNode metadata = withAnnotation.withObjectProperty("metadata");
    ObjectNode annotations = metadata.withObjectProperty("annotations");
    annotations.remove(KEY);
    if (annotations.isEmpty()) {
      metadata.remove("annotations");
    }
    String configuration = withAnnotation.toString();
    metadata.withObjectProperty("annotations").put(KEY, configuration);
    return withAnnotation;
  }
}
