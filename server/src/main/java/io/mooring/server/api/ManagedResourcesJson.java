package io.mooring.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.controller.compare.Comparison;
import io.mooring.controller.compare.ResourceComparison;
import io.mooring.engine.diff.DiffOptions;
import io.mooring.engine.diff.DiffResult;
import io.mooring.engine.diff.Differ;
import io.mooring.engine.diff.SecretMasks;
import io.mooring.model.ModelCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Argo CD's ManagedResourcesResponse from a comparison: per resource its target (rendered) and live
 * states, the normalized live and predicted live states of the diff, the unified diff, and whether
 * it is a hook or modified. States are JSON documents in strings ({@code "null"} when absent). A
 * Secret's values are replaced by the engine's stable placeholders in every state and in the diff.
 * Pure.
 */
final class ManagedResourcesJson {
  private ManagedResourcesJson() {}

  /**
   * Which resources to list; a blank field matches every resource (Argo CD's query filters).
   *
   * @param namespace the resource's namespace
   * @param name the resource's name
   * @param version the API version
   * @param group the API group
   * @param kind the kind
   */
  record Filter(String namespace, String name, String version, String group, String kind) {
    boolean test(ResourceComparison resource) {
      return matches(namespace, resource.key().namespace())
          && matches(name, resource.key().name())
          && matches(version, resource.version())
          && matches(group, resource.key().group())
          && matches(kind, resource.key().kind());
    }

    private static boolean matches(String wanted, String actual) {
      return wanted == null || wanted.isBlank() || wanted.equals(actual);
    }
  }

  static Map<String, Object> of(Comparison comparison, Filter filter) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (ResourceComparison resource : comparison.resources()) {
      if (filter.test(resource)) {
        items.add(item(resource));
      }
    }
    return Map.of("items", items);
  }

  private static Map<String, Object> item(ResourceComparison resource) {
    SecretMasks.Pair shown =
        SecretMasks.mask(resource.desired(), resource.live(), DiffOptions.DEFAULT);
    DiffResult diff = diffOf(resource);
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("group", resource.key().group());
    item.put("kind", resource.key().kind());
    item.put("namespace", resource.key().namespace());
    item.put("name", resource.key().name());
    item.put("targetState", json(shown.desired()));
    item.put("liveState", json(shown.live()));
    item.put("normalizedLiveState", json(diff.normalizedLive()));
    item.put("predictedLiveState", json(diff.predictedLive()));
    if (!diff.unifiedDiff().isEmpty()) {
      item.put("diff", diff.unifiedDiff());
    }
    item.put("hook", resource.hook());
    item.put("modified", !resource.hook() && diff.modified());
    item.put(
        "resourceVersion",
        resource.live() == null
            ? ""
            : resource.live().path("metadata").path("resourceVersion").asText(""));
    return item;
  }

  /**
   * The comparison's diff; for a hook (run, never compared) or a resource on one side only, the
   * states as the engine normalizes and masks them.
   */
  private static DiffResult diffOf(ResourceComparison resource) {
    if (resource.diff() != null) {
      return resource.diff();
    }
    if (resource.desired() != null && resource.live() != null) {
      DiffResult live = Differ.diff(null, resource.live(), DiffOptions.DEFAULT);
      DiffResult desired = Differ.diff(resource.desired(), null, DiffOptions.DEFAULT);
      return new DiffResult(false, live.normalizedLive(), desired.predictedLive(), "");
    }
    return Differ.diff(resource.desired(), resource.live(), DiffOptions.DEFAULT);
  }

  private static String json(ObjectNode object) {
    return object == null ? "null" : ModelCodec.toJson(object);
  }
}
