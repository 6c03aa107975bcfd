package io.mooring.engine.diff;

import java.util.Set;

/** Names of Kubernetes fields the diff treats specially, in one place. */
final class KubeFields {
  static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

  /** Metadata the API server fills in; never drift. */
  static final Set<String> SERVER_METADATA =
      Set.of(
          "uid", "resourceVersion", "generation", "creationTimestamp", "managedFields", "selfLink");

  /** Maps whose values are resource quantities ({@code resources.requests}, quota {@code hard}). */
  static final Set<String> QUANTITY_MAPS =
      Set.of("requests", "limits", "hard", "used", "capacity", "allocatable");

  /** Fields that hold a single quantity. */
  static final Set<String> QUANTITY_FIELDS = Set.of("sizeLimit");

  private KubeFields() {}

  static boolean isQuantityContext(String parentField, String field) {
    return QUANTITY_MAPS.contains(parentField) || QUANTITY_FIELDS.contains(field);
  }
}
