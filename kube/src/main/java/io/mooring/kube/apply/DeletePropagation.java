package io.mooring.kube.apply;

/** What happens to an object's dependents when it is deleted (Kubernetes' propagationPolicy). */
public enum DeletePropagation {
  /** Dependents are deleted first; the object goes last. */
  FOREGROUND("Foreground"),
  /** The object goes now; the garbage collector deletes dependents afterwards. */
  BACKGROUND("Background"),
  /** Dependents are kept, their owner references removed. */
  ORPHAN("Orphan");

  private final String apiValue;

  DeletePropagation(String apiValue) {
    this.apiValue = apiValue;
  }

  /** The value the API expects, such as {@code Foreground}. */
  public String apiValue() {
    return apiValue;
  }

  /** Parses Argo CD's {@code PrunePropagationPolicy} values (foreground, background, orphan). */
  public static DeletePropagation parse(String value) {
    for (DeletePropagation p : values()) {
      if (p.apiValue.equalsIgnoreCase(value)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown propagation policy '" + value + "': expected foreground, background or orphan");
  }
}
