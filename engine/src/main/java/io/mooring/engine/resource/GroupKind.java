package io.mooring.engine.resource;

/** A Kubernetes group and kind, such as {@code apps/Deployment}; the core group is empty. */
public record GroupKind(String group, String kind) {
  @Override
  public String toString() {
    return group.isEmpty() ? kind : group + "/" + kind;
  }
}
