package io.mooring.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Clusters as the server shows them (never their credentials): a table for {@code cluster list},
 * label-value lines for {@code cluster get}.
 */
public final class ClusterView {
  private ClusterView() {}

  public static String table(List<JsonNode> clusters) {
    Table table = new Table("SERVER", "NAME", "VERSION", "STATUS", "MESSAGE", "PROJECT");
    for (JsonNode cluster : clusters) {
      table.row(
          cluster.path("server").asText(""),
          cluster.path("name").asText(""),
          version(cluster),
          state(cluster).path("status").asText(""),
          state(cluster).path("message").asText(""),
          cluster.path("project").asText(""));
    }
    return table.render();
  }

  public static String detail(JsonNode cluster) {
    StringBuilder out = new StringBuilder();
    Fields.add(out, "Server:", cluster.path("server").asText(""));
    Fields.add(out, "Name:", cluster.path("name").asText(""));
    Fields.add(out, "Project:", cluster.path("project").asText(""));
    Fields.add(out, "Namespaces:", joined(cluster.path("namespaces"), "all"));
    Fields.add(out, "Version:", version(cluster));
    Fields.add(out, "Status:", state(cluster).path("status").asText(""));
    Fields.add(out, "Message:", state(cluster).path("message").asText(""));
    Fields.add(
        out,
        "Applications:",
        Integer.toString(cluster.path("info").path("applicationsCount").asInt(0)));
    JsonNode tls = cluster.path("config").path("tlsClientConfig");
    Fields.add(out, "Insecure:", Boolean.toString(tls.path("insecure").asBoolean(false)));
    Fields.add(out, "CA:", tls.hasNonNull("caData") ? "given" : "system");
    Fields.add(out, "Labels:", joined(cluster.path("labels")));
    return out.toString();
  }

  private static JsonNode state(JsonNode cluster) {
    JsonNode state = cluster.path("connectionState");
    return state.isMissingNode() ? cluster.path("info").path("connectionState") : state;
  }

  private static String version(JsonNode cluster) {
    String version = cluster.path("serverVersion").asText("");
    return version.isEmpty() ? cluster.path("info").path("serverVersion").asText("") : version;
  }

  private static String joined(JsonNode array, String whenEmpty) {
    List<String> items = new ArrayList<>();
    array.forEach(item -> items.add(item.asText()));
    return items.isEmpty() ? whenEmpty : String.join(",", items);
  }

  private static String joined(JsonNode map) {
    List<String> items = new ArrayList<>();
    map.fields().forEachRemaining(e -> items.add(e.getKey() + "=" + e.getValue().asText()));
    return items.isEmpty() ? "<none>" : String.join(",", items);
  }
}
