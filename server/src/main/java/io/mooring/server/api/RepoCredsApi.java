package io.mooring.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.mooring.server.auth.Caller;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.Json;
import io.mooring.server.http.ObjectRef;
import io.mooring.server.rbac.RbacEnforcer;
import io.mooring.server.repository.RepositoryConnections;
import io.mooring.server.repository.RepositoryFields;
import io.mooring.server.repository.RepositoryFields.Kind;
import io.mooring.server.repository.RepositoryRegistry;
import io.mooring.server.secrets.SecretNames;
import io.mooring.server.secrets.SecretStore;
import io.mooring.server.secrets.SecretTypes;
import io.mooring.server.secrets.StoredSecret;
import java.util.Map;

/**
 * Repository credential templates ({@code /api/v1/repocreds}): Secrets labelled {@code
 * argocd.argoproj.io/secret-type: repo-creds}, named {@code creds-<hash>}, whose credentials apply
 * to every repository whose URL starts with theirs and has none of its own. RBAC resource {@code
 * repositories}, object the template's URL, as in Argo CD. Responses never carry a secret.
 */
final class RepoCredsApi {
  private final RepositoryRegistry registry;
  private final SecretStore secrets;
  private final RepositoryConnections connections;
  private final RbacEnforcer rbac;

  RepoCredsApi(
      RepositoryRegistry registry,
      SecretStore secrets,
      RepositoryConnections connections,
      RbacEnforcer rbac) {
    this.registry = registry;
    this.secrets = secrets;
    this.connections = connections;
    this.rbac = rbac;
  }

  /** The RBAC object of a create body: the template's URL. */
  static ObjectRef objectInBody() {
    return ObjectRef.of("<url in body>", ctx -> Json.objectBody(ctx).path("url").asText(""));
  }

  /** {@code GET /api/v1/repocreds}: the templates the caller may get ({@code url}, user name). */
  void list(Context ctx) {
    Caller caller = Callers.of(ctx);
    var items =
        registry.templates().stream()
            .filter(s -> rbac.allows(caller, "repositories", "get", url(s)))
            .map(s -> RepositoryFields.view(s.data(), Kind.TEMPLATE))
            .toList();
    Json.ok(ctx, Map.of("metadata", Map.of(), "items", items));
  }

  /**
   * {@code POST /api/v1/repocreds[?upsert=true]}: creates a template, as Argo CD's upsert rules.
   */
  void create(Context ctx) {
    Map<String, String> data = RepositoryFields.fromJson(Json.objectBody(ctx), Kind.TEMPLATE);
    String url = data.get(RepositoryFields.URL);
    var existing = registry.template(url);
    if (existing.isEmpty()) {
      secrets.create(
          StoredSecret.of(
              SecretNames.repoCreds(url), SecretTypes.REPO_CREDS, Map.of(), Map.of(), data));
    } else if (!existing.get().data().equals(data)) {
      if (!Boolean.parseBoolean(ctx.queryParam("upsert"))) {
        throw ApiException.invalid(
            "existing repository credentials spec is different; use upsert flag to force update");
      }
      require(Callers.of(ctx), "update", url);
      replace(existing.get(), data);
    }
    Json.ok(ctx, Map.of("url", url));
  }

  /**
   * {@code PUT /api/v1/repocreds/{url}}: replaces the template; the body's URL must be the path's.
   */
  void update(Context ctx) {
    JsonNode body = Json.objectBody(ctx);
    Map<String, String> data = RepositoryFields.fromJson(body, Kind.TEMPLATE);
    String url = ctx.pathParam("url");
    if (!url.equals(data.get(RepositoryFields.URL))) {
      throw ApiException.invalid(
          "field 'url' ('"
              + data.get(RepositoryFields.URL)
              + "') differs from the URL in the path");
    }
    replace(existing(url), data);
    Json.ok(ctx, Map.of("url", url));
  }

  /** {@code DELETE /api/v1/repocreds/{url}}. */
  void delete(Context ctx) {
    StoredSecret current = existing(ctx.pathParam("url"));
    secrets.delete(current.name());
    registry.repositories().forEach(r -> connections.forget(r.name()));
    Json.ok(ctx, Map.of());
  }

  private void replace(StoredSecret current, Map<String, String> data) {
    secrets.update(current.replacing(current.labels(), current.annotations(), data));
    registry.repositories().forEach(r -> connections.forget(r.name()));
  }

  private StoredSecret existing(String url) {
    return registry
        .template(url)
        .orElseThrow(
            () -> ApiException.notFound("repository credentials for '" + url + "' not found"));
  }

  private void require(Caller caller, String action, String object) {
    if (!rbac.allows(caller, "repositories", action, object)) {
      throw ApiException.denied(
          "permission denied: repositories, "
              + action
              + ", "
              + object
              + ", sub: "
              + caller.subject());
    }
  }

  private static String url(StoredSecret secret) {
    return secret.data().getOrDefault(RepositoryFields.URL, "");
  }
}
