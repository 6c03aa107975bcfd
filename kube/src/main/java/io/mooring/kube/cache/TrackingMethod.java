package io.mooring.kube.cache;

/**
 * How Mooring marks the objects an application manages, as Argo CD's
 * application.resourceTrackingMethod.
 */
public enum TrackingMethod {
  /** The label {@code app.kubernetes.io/instance: <app>} (Argo CD's historical default). */
  LABEL("label"),
  /** The annotation {@code argocd.argoproj.io/tracking-id: <app>:<group>/<kind>:<ns>/<name>}. */
  ANNOTATION("annotation"),
  /** The annotation decides; the label is written too, for tools that select by it. */
  ANNOTATION_AND_LABEL("annotation+label");

  private final String configValue;

  TrackingMethod(String configValue) {
    this.configValue = configValue;
  }

  /** The value used in settings, such as {@code annotation+label}. */
  public String configValue() {
    return configValue;
  }

  /** Parses a settings value; blank means {@link #LABEL}. */
  public static TrackingMethod parse(String value) {
    if (value == null || value.isBlank()) {
      return LABEL;
    }
    for (TrackingMethod method : values()) {
      if (method.configValue.equalsIgnoreCase(value.trim())) {
        return method;
      }
    }
    throw new IllegalArgumentException(
        "unknown resource tracking method '"
            + value
            + "': expected label, annotation or annotation+label");
  }

  boolean usesAnnotation() {
    return this != LABEL;
  }

  boolean writesLabel() {
    return this != ANNOTATION;
  }
}
