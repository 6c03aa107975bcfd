package io.mooring.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.AppProject;
import io.mooring.model.SyncWindow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The AppProject routes of the API ({@code /api/v1/projects}, Argo CD's bodies), typed. */
public final class ProjectsApi {
  private static final String BASE = "/api/v1/projects";
  private final ApiClient api;

  public ProjectsApi(ApiClient api) {
    this.api = api;
  }

  /** What a new project token request carries: lifetime in seconds (0: never expires), id. */
  public record TokenRequest(long expiresInSeconds, String id, String description) {}

  /** {@code GET /api/v1/projects}: the projects you may see, sorted by name. */
  public List<AppProject> list() {
    List<AppProject> projects = new ArrayList<>();
    for (JsonNode item : api.get(BASE).path("items")) {
      projects.add(ApiClient.bind(item, AppProject.class));
    }
    projects.sort((a, b) -> ProjectFacts.name(a).compareTo(ProjectFacts.name(b)));
    return projects;
  }

  /** {@code GET /api/v1/projects/{name}}. */
  public AppProject get(String name) {
    return api.get(path(name), AppProject.class);
  }

  /** {@code POST /api/v1/projects {project, upsert}}. */
  public AppProject create(AppProject project, boolean upsert) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("project", project);
    body.put("upsert", upsert);
    return ApiClient.bind(api.send("POST", BASE, body), AppProject.class);
  }

  /** {@code PUT /api/v1/projects/{name} {project}}: refused (409) when the project is stale. */
  public AppProject update(AppProject project) {
    return ApiClient.bind(
        api.send("PUT", path(project.metadata.name), Map.of("project", project)), AppProject.class);
  }

  /** {@code GET /api/v1/projects/{name}/syncwindows}: the project's windows in force now. */
  public List<SyncWindow> activeWindows(String name) {
    List<SyncWindow> windows = new ArrayList<>();
    for (JsonNode window : api.get(path(name) + "/syncwindows").path("windows")) {
      windows.add(ApiClient.bind(window, SyncWindow.class));
    }
    return windows;
  }

  /** {@code DELETE /api/v1/projects/{name}}. */
  public void delete(String name) {
    api.send("DELETE", path(name), null);
  }

  /** {@code POST /api/v1/projects/{p}/roles/{r}/token}: the new token. */
  public String createToken(String project, String role, TokenRequest request) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("expiresIn", request.expiresInSeconds());
    if (request.id() != null && !request.id().isBlank()) {
      body.put("id", request.id());
    }
    if (request.description() != null && !request.description().isBlank()) {
      body.put("description", request.description());
    }
    JsonNode answer =
        api.send("POST", path(project) + "/roles/" + ApiClient.encode(role) + "/token", body);
    return answer.path("token").asText("");
  }

  private static String path(String name) {
    return BASE + "/" + ApiClient.encode(name);
  }
}
