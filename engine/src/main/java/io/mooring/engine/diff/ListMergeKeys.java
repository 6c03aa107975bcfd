package io.mooring.engine.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The field that identifies an item of a well-known Kubernetes list (containers by {@code name},
 * volume mounts by {@code mountPath}), as in the strategic-merge-patch keys of the built-in types.
 * Lists not named here are matched by position or replaced whole.
 */
final class ListMergeKeys {
  private static final Map<String, List<String>> KEYS =
      Map.ofEntries(
          Map.entry("containers", List.of("name")),
          Map.entry("initContainers", List.of("name")),
          Map.entry("ephemeralContainers", List.of("name")),
          Map.entry("env", List.of("name")),
          Map.entry("volumes", List.of("name")),
          Map.entry("volumeMounts", List.of("mountPath")),
          Map.entry("volumeDevices", List.of("devicePath")),
          Map.entry("ports", List.of("containerPort", "port")),
          Map.entry("imagePullSecrets", List.of("name")),
          Map.entry("hostAliases", List.of("ip")),
          Map.entry("webhooks", List.of("name")),
          Map.entry("topologySpreadConstraints", List.of("topologyKey")),
          Map.entry("resourceClaims", List.of("name")),
          Map.entry("schedulingGates", List.of("name")),
          Map.entry("ownerReferences", List.of("uid")),
          Map.entry("conditions", List.of("type")));

  private ListMergeKeys() {}

  /**
   * The key field for the list held in {@code field}, if every item of both lists is an object
   * carrying it and its values are unique in each list; null otherwise.
   */
  static String keyFor(String field, JsonNode desired, JsonNode live) {
    List<String> candidates = KEYS.get(field);
    if (candidates == null) {
      return null;
    }
    for (String key : candidates) {
      if (uniqueKeys(desired, key) && uniqueKeys(live, key)) {
        return key;
      }
    }
    return null;
  }

  private static boolean uniqueKeys(JsonNode list, String key) {
    Set<JsonNode> seen = new HashSet<>();
    for (JsonNode item : list) {
      JsonNode value = item.get(key);
      if (value == null || !value.isValueNode() || !seen.add(value)) {
        return false;
      }
    }
    return true;
  }
}
