package io.mooring.kube.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.Annotations;
import io.mooring.engine.resource.KubeObjects;
import io.mooring.engine.resource.ResourceKey;
import java.util.Optional;

/**
 * Which application an object belongs to, and how to mark a desired object as belonging to one, by
 * the configured {@link TrackingMethod} and label key. With annotation tracking, an annotation that
 * names another object (copied by a controller or by hand) does not count, as in Argo CD.
 */
public record ResourceTracking(TrackingMethod method, String labelKey) {
  /** Argo CD's default tracking label. */
  public static final String DEFAULT_LABEL = Annotations.INSTANCE_LABEL;

  /** The tracking annotation. */
  public static final String TRACKING_ID_ANNOTATION = Annotations.TRACKING_ID;

  public ResourceTracking {
    if (method == null) {
      throw new IllegalArgumentException("tracking method is required");
    }
    if (labelKey == null || labelKey.isBlank()) {
      throw new IllegalArgumentException("tracking label key must not be blank");
    }
  }

  /** Label tracking with {@code app.kubernetes.io/instance}. */
  public static ResourceTracking defaults() {
    return new ResourceTracking(TrackingMethod.LABEL, DEFAULT_LABEL);
  }

  /** The application {@code object} is tracked to, if any. */
  public Optional<String> appOf(JsonNode object) {
    if (method.usesAnnotation()) {
      return TrackingId.parse(KubeObjects.annotation(object, TRACKING_ID_ANNOTATION))
          .filter(id -> id.key().equals(ResourceKey.of(object)))
          .map(TrackingId::app);
    }
    String label = KubeObjects.label(object, labelKey);
    return label == null || label.isEmpty() ? Optional.empty() : Optional.of(label);
  }

  /** A copy of {@code desired} marked as managed by {@code app}. */
  public ObjectNode stamp(ObjectNode desired, String app) {
    ObjectNode copy = desired.deepCopy();
    ObjectNode metadata = copy.withObjectProperty("metadata");
    if (method.usesAnnotation()) {
      TrackingId id = new TrackingId(app, ResourceKey.of(copy));
      metadata.withObjectProperty("annotations").put(TRACKING_ID_ANNOTATION, id.format());
    }
    if (method.writesLabel()) {
      metadata.withObjectProperty("labels").put(labelKey, app);
    }
    return copy;
  }
}
