package io.mooring.kube.discovery;

import io.mooring.engine.resource.GroupKind;
import java.util.Set;

/**
 * One resource type a cluster serves, as discovery reports it: group (empty for core), version,
 * kind, plural resource name, whether it is namespaced, and its verbs.
 */
public record ApiResourceType(
    String group,
    String version,
    String kind,
    String plural,
    boolean namespaced,
    Set<String> verbs) {

  public ApiResourceType {
    verbs = Set.copyOf(verbs);
  }

  /** The group and kind, such as {@code apps/Deployment}. */
  public GroupKind groupKind() {
    return new GroupKind(group, kind);
  }

  /** {@code v1} for the core group, else {@code group/version}. */
  public String apiVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  /** True when the type can be listed and watched, which an informer needs. */
  public boolean isWatchable() {
    return verbs.contains("list") && verbs.contains("watch");
  }

  @Override
  public String toString() {
    return apiVersion() + " " + kind + " (" + plural + (namespaced ? ", namespaced)" : ")");
  }
}
