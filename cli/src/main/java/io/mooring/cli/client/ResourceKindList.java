package io.mooring.cli.client;

import io.mooring.model.AppProjectSpec;
import io.mooring.model.ResourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One of a project's four allow and deny lists of resource kinds. */
public enum ResourceKindList {
  CLUSTER_ALLOW("clusterResourceWhitelist"),
  CLUSTER_DENY("clusterResourceBlacklist"),
  NAMESPACE_ALLOW("namespaceResourceWhitelist"),
  NAMESPACE_DENY("namespaceResourceBlacklist");

  private final String field;

  ResourceKindList(String field) {
    this.field = field;
  }

  /** The spec field's name, for messages. */
  public String field() {
    return field;
  }

  /** Adds GROUP/KIND to this list of {@code spec} unless it is there. */
  public void add(AppProjectSpec spec, String group, String kind) {
    List<ResourceKind> kinds = new ArrayList<>(get(spec));
    if (kinds.stream().noneMatch(k -> matches(k, group, kind))) {
      ResourceKind added = new ResourceKind();
      added.group = group;
      added.kind = kind;
      kinds.add(added);
    }
    set(spec, kinds);
  }

  /** Removes GROUP/KIND from this list of {@code spec} (empty lists are dropped). */
  public void remove(AppProjectSpec spec, String group, String kind) {
    List<ResourceKind> kinds = new ArrayList<>(get(spec));
    kinds.removeIf(k -> matches(k, group, kind));
    set(spec, kinds);
  }

  private static boolean matches(ResourceKind existing, String group, String kind) {
    return Objects.requireNonNullElse(existing.group, "").equals(group)
        && Objects.equals(existing.kind, kind)
        && existing.name == null;
  }

  List<ResourceKind> get(AppProjectSpec spec) {
    List<ResourceKind> kinds =
        switch (this) {
          case CLUSTER_ALLOW -> spec.clusterResourceWhitelist;
          case CLUSTER_DENY -> spec.clusterResourceBlacklist;
          case NAMESPACE_ALLOW -> spec.namespaceResourceWhitelist;
          case NAMESPACE_DENY -> spec.namespaceResourceBlacklist;
        };
    return kinds == null ? List.of() : kinds;
  }

  private void set(AppProjectSpec spec, List<ResourceKind> kinds) {
    List<ResourceKind> value = kinds.isEmpty() ? null : kinds;
    switch (this) {
      case CLUSTER_ALLOW -> spec.clusterResourceWhitelist = value;
      case CLUSTER_DENY -> spec.clusterResourceBlacklist = value;
      case NAMESPACE_ALLOW -> spec.namespaceResourceWhitelist = value;
      case NAMESPACE_DENY -> spec.namespaceResourceBlacklist = value;
    }
  }
}
