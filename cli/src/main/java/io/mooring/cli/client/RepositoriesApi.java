package io.mooring.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The repository routes of the API ({@code /api/v1/repositories}, Argo CD's fields). Repositories
 * stay JSON: the server never sends their secrets, and the CLI shows what it gets.
 */
public final class RepositoriesApi {
  private static final String BASE = "/api/v1/repositories";
  private final ApiClient api;

  public RepositoriesApi(ApiClient api) {
    this.api = api;
  }

  /** {@code GET /api/v1/repositories[?forceRefresh=true]}. */
  public List<JsonNode> list(boolean forceRefresh) {
    JsonNode answer =
        api.get(ApiClient.withQuery(BASE, Map.of("forceRefresh", forceRefresh ? "true" : "")));
    List<JsonNode> items = new ArrayList<>();
    answer.path("items").forEach(items::add);
    return items;
  }

  /** {@code GET /api/v1/repositories/{url}[?forceRefresh=true]}. */
  public JsonNode get(String url, boolean forceRefresh) {
    return api.get(
        ApiClient.withQuery(path(url), Map.of("forceRefresh", forceRefresh ? "true" : "")));
  }

  /** {@code POST /api/v1/repositories[?upsert=true]}: the stored repository (without secrets). */
  public JsonNode add(ObjectNode repository, boolean upsert) {
    return api.send("POST", upsert ? BASE + "?upsert=true" : BASE, repository);
  }

  /** {@code DELETE /api/v1/repositories/{url}}. */
  public void remove(String url) {
    api.send("DELETE", path(url), null);
  }

  private static String path(String url) {
    return BASE + "/" + ApiClient.encode(url);
  }
}
