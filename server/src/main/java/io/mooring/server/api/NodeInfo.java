package io.mooring.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The short facts Argo CD shows on a resource tree node: a Pod's status reason, node, ready
 * containers and restarts and its images; the "Revision" of a Deployment or ReplicaSet. Pure.
 */
final class NodeInfo {
  static final String REVISION_ANNOTATION = "deployment.kubernetes.io/revision";

  private NodeInfo() {}

  /** The {@code info[]} items ({name, value}) of a live object. */
  static List<Map<String, String>> of(String group, String kind, JsonNode live) {
    List<Map<String, String>> info = new ArrayList<>();
    String revision =
        live.path("metadata").path("annotations").path(REVISION_ANNOTATION).asText("");
    if (!revision.isEmpty()) {
      info.add(item("Revision", "Rev:" + revision));
    }
    if (group.isEmpty() && kind.equals("Pod")) {
      podInfo(live, info);
    }
    return info;
  }

  /** The container images of a Pod (init containers first); empty for other kinds. */
  static List<String> images(String group, String kind, JsonNode live) {
    if (!group.isEmpty() || !kind.equals("Pod")) {
      return List.of();
    }
    Set<String> images = new LinkedHashSet<>();
    for (String list : List.of("initContainers", "containers")) {
      for (JsonNode container : live.path("spec").path(list)) {
        String image = container.path("image").asText("");
        if (!image.isEmpty()) {
          images.add(image);
        }
      }
    }
    return List.copyOf(images);
  }

  private static void podInfo(JsonNode pod, List<Map<String, String>> info) {
    JsonNode statuses = pod.path("status").path("containerStatuses");
    int total = pod.path("spec").path("containers").size();
    int ready = 0;
    int restarts = 0;
    for (JsonNode status : statuses) {
      ready += status.path("ready").asBoolean(false) ? 1 : 0;
      restarts += status.path("restartCount").asInt(0);
    }
    info.add(item("Status Reason", statusReason(pod)));
    String node = pod.path("spec").path("nodeName").asText("");
    if (!node.isEmpty()) {
      info.add(item("Node", node));
    }
    info.add(item("Containers", ready + "/" + total));
    if (restarts > 0) {
      info.add(item("Restart Count", Integer.toString(restarts)));
    }
  }

  /** The reason kubectl prints in its STATUS column. */
  static String statusReason(JsonNode pod) {
    JsonNode status = pod.path("status");
    String reason = status.path("reason").asText(status.path("phase").asText("Unknown"));
    if (reason.isEmpty()) {
      reason = status.path("phase").asText("Unknown");
    }
    boolean running = false;
    for (JsonNode container : status.path("containerStatuses")) {
      JsonNode state = container.path("state");
      String waiting = state.path("waiting").path("reason").asText("");
      String terminated = state.path("terminated").path("reason").asText("");
      if (!waiting.isEmpty()) {
        reason = waiting;
      } else if (!terminated.isEmpty()) {
        reason = terminated;
      } else if (state.has("terminated")) {
        int exit = state.path("terminated").path("exitCode").asInt(0);
        int signal = state.path("terminated").path("signal").asInt(0);
        reason = signal != 0 ? "Signal:" + signal : "ExitCode:" + exit;
      } else if (container.path("ready").asBoolean(false) && state.has("running")) {
        running = true;
      }
    }
    if (running && reason.equals("Completed")) {
      reason = "Running";
    }
    if (!pod.path("metadata").path("deletionTimestamp").isMissingNode()
        && !pod.path("metadata").path("deletionTimestamp").isNull()) {
      reason = "Terminating";
    }
    return reason;
  }

  private static Map<String, String> item(String name, String value) {
    Map<String, String> item = new LinkedHashMap<>();
    item.put("name", name);
    item.put("value", value);
    return item;
  }
}
