package io.mooring.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Application routes of the API (Argo CD's paths and bodies), typed: each method is one
 * request. Errors come back as {@link ClientException}s carrying the server's message.
 */
public final class ApplicationsApi {
  private static final String BASE = "/api/v1/applications";
  private static final int CONFLICT_ATTEMPTS = 5;
  private static final long CONFLICT_PAUSE_MILLIS = 200;
  private final ApiClient api;

  public ApplicationsApi(ApiClient api) {
    this.api = api;
  }

  /** How a create treats an existing Application of the same name. */
  public enum CreateMode {
    /** Refuse a different existing app (an identical one is returned as is). */
    CREATE,
    /** Replace the existing app's spec, labels and annotations. */
    UPSERT
  }

  /** The deletion's cascade and propagation policy, as Argo CD's query parameters. */
  public record DeleteRequest(boolean cascade, String propagationPolicy) {}

  /** What {@code GET …/manifests} answers: the rendered manifests and the resolved revision. */
  public record Manifests(List<JsonNode> objects, String revision) {}

  /** {@code GET /api/v1/applications/{name}}. */
  public Application get(String name) {
    return api.get(path(name), Application.class);
  }

  /** The Application, or empty when the server says it does not exist (404). */
  public Optional<Application> find(String name) {
    try {
      return Optional.of(get(name));
    } catch (ClientException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** {@code POST /api/v1/applications[?upsert=true]}. */
  public Application create(Application app, CreateMode mode) {
    String path = mode == CreateMode.UPSERT ? BASE + "?upsert=true" : BASE;
    return ApiClient.bind(api.send("POST", path, app), Application.class);
  }

  /**
   * {@code PUT /api/v1/applications/{name}}: the app's spec, labels, annotations and finalizers,
   * refused (409) when the app changed since {@code app.metadata.resourceVersion} was read.
   */
  public Application update(Application app) {
    return ApiClient.bind(api.send("PUT", path(app.metadata.name), app), Application.class);
  }

  /**
   * {@code POST …/{name}/sync}: the app with the requested operation. A 409 (the server wrote the
   * operation onto a copy of the app the controller had just changed; nothing was written) is
   * retried a few times.
   */
  public Application sync(String name, SyncRequest request) {
    return ApiClient.bind(
        retryingConflicts("POST", path(name) + "/sync", request.body()), Application.class);
  }

  /** {@code POST …/{name}/rollback} to history entry {@code id}; a 409 is retried as for sync. */
  public Application rollback(String name, RollbackRequest request) {
    return ApiClient.bind(
        retryingConflicts("POST", path(name) + "/rollback", request.body()), Application.class);
  }

  /** {@code DELETE …/{name}?cascade=…&propagationPolicy=…}. */
  public void delete(String name, DeleteRequest request) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("cascade", Boolean.toString(request.cascade()));
    query.put("propagationPolicy", request.propagationPolicy());
    api.send("DELETE", ApiClient.withQuery(path(name), query), null);
  }

  /** {@code DELETE …/{name}/operation}: asks the running operation to stop. */
  public void terminateOperation(String name) {
    retryingConflicts("DELETE", path(name) + "/operation", null);
  }

  /** {@code GET …/{name}/manifests[?revision=]}. */
  public Manifests manifests(String name, Optional<String> revision) {
    JsonNode answer =
        api.get(
            ApiClient.withQuery(
                path(name) + "/manifests", Map.of("revision", revision.orElse(""))));
    List<JsonNode> objects = new ArrayList<>();
    for (JsonNode manifest : answer.path("manifests")) {
      objects.add(manifest.isTextual() ? parse(manifest.asText()) : manifest);
    }
    return new Manifests(objects, answer.path("revision").asText(""));
  }

  /** {@code GET …/{name}/managed-resources}: the server's comparison, Secret values masked. */
  public List<ManagedResource> managedResources(String name) {
    List<ManagedResource> resources = new ArrayList<>();
    for (JsonNode item : api.get(path(name) + "/managed-resources").path("items")) {
      resources.add(ManagedResource.of(item));
    }
    return resources;
  }

  private JsonNode retryingConflicts(String method, String path, Object body) {
    for (int attempt = 1; ; attempt++) {
      try {
        return api.send(method, path, body);
      } catch (ClientException e) {
        if (e.status() != 409 || attempt == CONFLICT_ATTEMPTS) {
          throw e;
        }
      }
      try {
        Thread.sleep(CONFLICT_PAUSE_MILLIS * attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw ClientException.apiError(409, "interrupted while retrying " + method + " " + path);
      }
    }
  }

  private static JsonNode parse(String json) {
    try {
      return ModelCodec.jsonMapper().readTree(json);
    } catch (IOException e) {
      throw ClientException.apiError(0, "the server sent a manifest that is not JSON: " + e);
    }
  }

  private static String path(String name) {
    return BASE + "/" + ApiClient.encode(name);
  }
}
