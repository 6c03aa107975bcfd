package io.mooring.kube.apply;

import java.util.Map;

/** Labels and annotations Mooring manages on a namespace it creates (managedNamespaceMetadata). */
public record NamespaceMetadata(Map<String, String> labels, Map<String, String> annotations) {
  public NamespaceMetadata {
    labels = labels == null ? Map.of() : Map.copyOf(labels);
    annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
  }

  /** No managed labels or annotations. */
  public static NamespaceMetadata none() {
    return new NamespaceMetadata(Map.of(), Map.of());
  }
}
