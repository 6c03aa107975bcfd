package io.mooring.sandbox.api;

import java.util.List;
import java.util.Set;

/**
 * One served resource type, as discovery describes it: where it lives, what it is called, and which
 * verbs and subresources it has.
 */
public record ResourceType(
    String group,
    String version,
    String kind,
    String plural,
    boolean namespaced,
    List<String> shortNames,
    List<String> categories,
    Set<Subresource> subresources) {

  /** The subresources the sandbox serves. */
  public enum Subresource {
    STATUS,
    SCALE
  }

  /** The verbs every stored type supports. */
  public static final List<String> VERBS =
      List.of("create", "delete", "deletecollection", "get", "list", "patch", "update", "watch");

  public String groupVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  public String singular() {
    return kind.toLowerCase(java.util.Locale.ROOT);
  }

  public boolean has(Subresource subresource) {
    return subresources.contains(subresource);
  }
}
