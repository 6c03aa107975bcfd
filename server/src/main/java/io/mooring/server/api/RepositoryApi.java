package io.mooring.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.mooring.model.ModelCodec;
import io.mooring.server.auth.Caller;
import io.mooring.server.connection.ConnectionCache.Refresh;
import io.mooring.server.connection.ConnectionState;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.Json;
import io.mooring.server.http.ObjectRef;
import io.mooring.server.rbac.RbacEnforcer;
import io.mooring.server.repository.RepositoryConnections;
import io.mooring.server.repository.RepositoryFields;
import io.mooring.server.repository.RepositoryFields.Kind;
import io.mooring.server.repository.RepositoryProbe;
import io.mooring.server.repository.RepositoryRegistry;
import io.mooring.server.secrets.SecretNames;
import io.mooring.server.secrets.SecretStore;
import io.mooring.server.secrets.SecretTypes;
import io.mooring.server.secrets.StoredSecret;
import io.mooring.source.git.RepoUrl;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Repositories ({@code /api/v1/repositories}), kept as Argo CD keeps them: one Secret each,
 * labelled {@code argocd.argoproj.io/secret-type: repository}, named {@code repo-<hash>}. The
 * {@code {repo}} path parameter is the URL, path-encoded. Responses never carry a password, key or
 * token; {@code connectionState} comes from a real attempt (ls-remote, or index.yaml for Helm).
 * RBAC objects are {@code <project>/<url>}, or the URL for repositories without a project.
 */
final class RepositoryApi {
  private final RepositoryRegistry registry;
  private final SecretStore secrets;
  private final RepositoryConnections connections;
  private final RbacEnforcer rbac;

  RepositoryApi(
      RepositoryRegistry registry,
      SecretStore secrets,
      RepositoryConnections connections,
      RbacEnforcer rbac) {
    this.registry = registry;
    this.secrets = secrets;
    this.connections = connections;
    this.rbac = rbac;
  }

  /** The RBAC object of the stored repository in the path ({@code ?appProject=} picks one). */
  ObjectRef object() {
    return ObjectRef.of(
        "<project>/<repo>",
        ctx ->
            registry
                .repository(ctx.pathParam("repo"), appProject(ctx))
                .map(s -> rbacObject(RepositoryRegistry.projectOf(s), s.data().get("url")))
                .orElse(ctx.pathParam("repo")));
  }

  /** The RBAC object of a create body: {@code <project>/<repo>}. */
  static ObjectRef objectInBody() {
    return ObjectRef.of(
        "<project>/<repo> in body",
        ctx -> {
          JsonNode body = Json.objectBody(ctx);
          return rbacObject(body.path("project").asText(""), body.path("repo").asText(""));
        });
  }

  /** The RBAC object of a validate request: the path's URL in the body's project. */
  static ObjectRef objectToValidate() {
    return ObjectRef.of(
        "<project in body>/<repo>",
        ctx -> {
          String project =
              ctx.body().isBlank() ? "" : Json.objectBody(ctx).path("project").asText("");
          return rbacObject(project, ctx.pathParam("repo"));
        });
  }

  /** {@code GET /api/v1/repositories[?forceRefresh=true]}: the repositories the caller may get. */
  void list(Context ctx) {
    Caller caller = Callers.of(ctx);
    Refresh refresh = Refresh.of(ctx.queryParam("forceRefresh"));
    List<ObjectNode> items =
        registry.repositories().stream()
            .filter(s -> rbac.allows(caller, "repositories", "get", rbacObject(s)))
            .sorted(Comparator.comparing(s -> RepositoryRegistry.projectOf(s) + "/" + url(s)))
            .map(s -> view(s, refresh))
            .toList();
    Json.ok(ctx, Map.of("metadata", Map.of(), "items", items));
  }

  /** {@code GET /api/v1/repositories/{repo}[?forceRefresh=true][&appProject=]}. */
  void get(Context ctx) {
    Json.ok(ctx, view(existing(ctx), Refresh.of(ctx.queryParam("forceRefresh"))));
  }

  /**
   * {@code POST /api/v1/repositories[?upsert=true]}: a repository without a project is reached with
   * its credentials first and refused when that fails; an existing one with the same fields is
   * returned, a different one refused unless {@code upsert} (which needs {@code update} too).
   */
  void create(Context ctx) {
    Map<String, String> data = RepositoryFields.fromJson(Json.objectBody(ctx), Kind.REPOSITORY);
    String url = data.get(RepositoryFields.URL);
    String project = data.getOrDefault("project", "");
    ConnectionState checked = null;
    if (project.isEmpty()) {
      checked = connections.check(data);
      if (!checked.successfulNow()) {
        throw ApiException.invalid(checked.message());
      }
    }
    var existing =
        registry
            .repository(url, project)
            .filter(s -> project.equals(RepositoryRegistry.projectOf(s)));
    StoredSecret stored;
    if (existing.isEmpty()) {
      stored =
          secrets.create(
              StoredSecret.of(
                  SecretNames.repository(url, project),
                  SecretTypes.REPOSITORY,
                  Map.of(),
                  Map.of(),
                  data));
    } else if (existing.get().data().equals(data)) {
      stored = existing.get();
    } else if (!Boolean.parseBoolean(ctx.queryParam("upsert"))) {
      throw ApiException.invalid(
          "existing repository spec is different; use upsert flag to force update");
    } else {
      require(Callers.of(ctx), "update", rbacObject(project, url));
      stored =
          secrets.update(
              existing
                  .get()
                  .replacing(existing.get().labels(), existing.get().annotations(), data));
    }
    if (checked != null) {
      connections.remember(stored, checked);
    } else {
      connections.forget(stored.name());
    }
    Json.ok(ctx, view(stored, Refresh.CACHED));
  }

  /**
   * {@code PUT /api/v1/repositories/{repo}}: replaces the repository's fields (credentials left out
   * of the body are removed, as in Argo CD); the body's {@code repo} must be the path's.
   */
  void update(Context ctx) {
    Map<String, String> data = RepositoryFields.fromJson(Json.objectBody(ctx), Kind.REPOSITORY);
    String url = data.get(RepositoryFields.URL);
    if (!RepoUrl.normalize(url).equals(RepoUrl.normalize(ctx.pathParam("repo")))) {
      throw ApiException.invalid(
          "field 'repo' ('" + url + "') differs from the repository in the path");
    }
    String project = data.getOrDefault("project", "");
    StoredSecret current =
        registry
            .repository(url, project)
            .orElseThrow(() -> ApiException.notFound("repo '" + url + "' not found"));
    require(Callers.of(ctx), "update", rbacObject(project, url));
    StoredSecret stored =
        secrets.update(current.replacing(current.labels(), current.annotations(), data));
    connections.forget(stored.name());
    Json.ok(ctx, view(stored, Refresh.CACHED));
  }

  /** {@code DELETE /api/v1/repositories/{repo}[?appProject=]}. */
  void delete(Context ctx) {
    StoredSecret current = existing(ctx);
    secrets.delete(current.name());
    connections.forget(current.name());
    Json.ok(ctx, Map.of());
  }

  /**
   * {@code POST /api/v1/repositories/{repo}/validate} with Argo CD's RepoAccessQuery fields
   * (username, password, sshPrivateKey, insecure, type, project, …): reaches the repository with
   * them (or, given none, with the matching template's) and answers {@code {}} or a 400 saying why
   * it failed.
   */
  void validate(Context ctx) {
    ObjectNode query =
        ctx.body().isBlank()
            ? ModelCodec.jsonMapper().createObjectNode()
            : Json.objectBody(ctx).deepCopy();
    query.put("repo", ctx.pathParam("repo"));
    rename(query, "enableOci", "enableOCI");
    rename(query, "insecureOciForceHttp", "insecureOCIForceHttp");
    ConnectionState state = connections.check(RepositoryFields.fromJson(query, Kind.REPOSITORY));
    if (!state.successfulNow()) {
      throw ApiException.invalid(state.message());
    }
    Json.ok(ctx, Map.of());
  }

  /** {@code GET /api/v1/repositories/{repo}/refs}: {@code {branches, tags}} of a Git repository. */
  void refs(Context ctx) {
    RepositoryProbe.Refs refs = connections.refs(existing(ctx).data());
    Json.ok(ctx, Map.of("branches", refs.branches(), "tags", refs.tags()));
  }

  private ObjectNode view(StoredSecret secret, Refresh refresh) {
    ObjectNode view = RepositoryFields.view(secret.data(), Kind.REPOSITORY);
    if (registry.effective(secret.data()).inherited()) {
      view.put("inheritedCreds", true);
    }
    view.set(
        "connectionState", ModelCodec.jsonMapper().valueToTree(connections.of(secret, refresh)));
    return view;
  }

  private StoredSecret existing(Context ctx) {
    String url = ctx.pathParam("repo");
    return registry
        .repository(url, appProject(ctx))
        .orElseThrow(() -> ApiException.notFound("repo '" + url + "' not found"));
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

  private static void rename(ObjectNode node, String from, String to) {
    if (node.has(from)) {
      node.set(to, node.remove(from));
    }
  }

  private static String appProject(Context ctx) {
    return Objects.requireNonNullElse(ctx.queryParam("appProject"), "");
  }

  private static String url(StoredSecret secret) {
    return secret.data().getOrDefault(RepositoryFields.URL, "");
  }

  private static String rbacObject(StoredSecret secret) {
    return rbacObject(RepositoryRegistry.projectOf(secret), url(secret));
  }

  static String rbacObject(String project, String url) {
    return project.isEmpty() ? url : project + "/" + url;
  }
}
