package io.mooring.sandbox.api;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How strategic-merge patch merges a list field instead of replacing it: object lists by a key
 * field (containers by name, container ports by containerPort, …), a few primitive lists as sets
 * (finalizers). The table follows the patchMergeKey/patchStrategy tags of the Kubernetes API types;
 * a list not in it is replaced, as the API server does.
 */
public final class MergeKeys {
  /** How a list is merged. */
  public sealed interface ListRule permits ByKey, AsSet {}

  /** Object lists merged item by item, matched on one field. */
  public record ByKey(String key) implements ListRule {}

  /** Primitive lists merged as a set union. */
  public record AsSet() implements ListRule {}

  private static final Set<String> CONTAINER_LISTS =
      Set.of("containers", "initContainers", "ephemeralContainers");
  private static final Map<String, ListRule> BY_FIELD =
      Map.ofEntries(
          Map.entry("containers", new ByKey("name")),
          Map.entry("initContainers", new ByKey("name")),
          Map.entry("ephemeralContainers", new ByKey("name")),
          Map.entry("env", new ByKey("name")),
          Map.entry("volumes", new ByKey("name")),
          Map.entry("imagePullSecrets", new ByKey("name")),
          Map.entry("resourceClaims", new ByKey("name")),
          Map.entry("volumeMounts", new ByKey("mountPath")),
          Map.entry("volumeDevices", new ByKey("devicePath")),
          Map.entry("hostAliases", new ByKey("ip")),
          Map.entry("ownerReferences", new ByKey("uid")),
          Map.entry("conditions", new ByKey("type")),
          Map.entry("topologySpreadConstraints", new ByKey("topologyKey")),
          Map.entry("finalizers", new AsSet()));

  private static final MergeKeys KUBERNETES = new MergeKeys(true);
  private static final MergeKeys NONE = new MergeKeys(false);

  private final boolean strategic;

  private MergeKeys(boolean strategic) {
    this.strategic = strategic;
  }

  /** The merge keys of the built-in Kubernetes types. */
  public static MergeKeys kubernetes() {
    return KUBERNETES;
  }

  /** No merge keys: every list is replaced (JSON merge patch, RFC 7386). */
  public static MergeKeys none() {
    return NONE;
  }

  public boolean isStrategic() {
    return strategic;
  }

  /**
   * The rule for a list field, given the name of the field holding the object that contains it (for
   * an item of a list, the list's own field name).
   */
  public Optional<ListRule> ruleFor(String field, String parentField) {
    if (!strategic) {
      return Optional.empty();
    }
    if (field.equals("ports")) {
      return Optional.of(
          CONTAINER_LISTS.contains(parentField) ? new ByKey("containerPort") : new ByKey("port"));
    }
    return Optional.ofNullable(BY_FIELD.get(field));
  }
}
