package io.mooring.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cluster routes of the API ({@code /api/v1/clusters}, Argo CD's fields), as JSON: the server
 * never sends a cluster's credentials.
 */
public final class ClustersApi {
  private static final String BASE = "/api/v1/clusters";
  private final ApiClient api;

  public ClustersApi(ApiClient api) {
    this.api = api;
  }

  /** {@code GET /api/v1/clusters}: the local cluster first. */
  public List<JsonNode> list() {
    List<JsonNode> items = new ArrayList<>();
    api.get(BASE).path("items").forEach(items::add);
    return items;
  }

  /** {@code GET /api/v1/clusters/{server}}, or by name when {@code server} is not a URL. */
  public JsonNode get(String serverOrName) {
    return api.get(
        ApiClient.withQuery(
            path(serverOrName), isUrl(serverOrName) ? Map.of() : Map.of("id.type", "name")));
  }

  /** {@code POST /api/v1/clusters[?upsert=true]}: the stored cluster (without credentials). */
  public JsonNode add(ObjectNode cluster, boolean upsert) {
    return api.send("POST", upsert ? BASE + "?upsert=true" : BASE, cluster);
  }

  /** {@code DELETE /api/v1/clusters/{server}} (a name is looked up first). */
  public void remove(String serverOrName) {
    String server = isUrl(serverOrName) ? serverOrName : get(serverOrName).path("server").asText();
    api.send("DELETE", path(server), null);
  }

  private static boolean isUrl(String text) {
    return text.startsWith("https://") || text.startsWith("http://");
  }

  private static String path(String server) {
    return BASE + "/" + ApiClient.encode(server);
  }
}
