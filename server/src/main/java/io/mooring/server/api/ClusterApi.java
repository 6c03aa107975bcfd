package io.mooring.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.mooring.model.Application;
import io.mooring.server.auth.Caller;
import io.mooring.server.catalog.ApplicationCatalog;
import io.mooring.server.cluster.ClusterCatalog;
import io.mooring.server.cluster.ClusterCatalog.Entry;
import io.mooring.server.cluster.ClusterConnections;
import io.mooring.server.cluster.ClusterFields;
import io.mooring.server.cluster.ClusterFields.Content;
import io.mooring.server.cluster.ClusterProbe.Reachability;
import io.mooring.server.connection.ConnectionCache.Refresh;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.Json;
import io.mooring.server.http.ObjectRef;
import io.mooring.server.rbac.RbacEnforcer;
import io.mooring.server.secrets.SecretNames;
import io.mooring.server.secrets.SecretStore;
import io.mooring.server.secrets.SecretTypes;
import io.mooring.server.secrets.StoredSecret;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Clusters ({@code /api/v1/clusters}): the local cluster, always listed and never deleted, and
 * clusters kept as Argo CD keeps them (Secrets labelled {@code argocd.argoproj.io/secret-type:
 * cluster}, named {@code cluster-<host>-<hash>}). The path parameter is the server URL,
 * path-encoded, or the name with {@code ?id.type=name}. A cluster is reached before it is stored.
 * Responses never carry a password, bearer token or client key. RBAC objects are {@code
 * <project>/<server>}, or the server for clusters without a project.
 */
final class ClusterApi {
  private final ClusterCatalog catalog;
  private final SecretStore secrets;
  private final ClusterConnections connections;
  private final ApplicationCatalog applications;
  private final RbacEnforcer rbac;

  /** What the cluster routes read and write. */
  record Parts(
      ClusterCatalog catalog,
      SecretStore secrets,
      ClusterConnections connections,
      ApplicationCatalog applications,
      RbacEnforcer rbac) {}

  ClusterApi(Parts parts) {
    this.catalog = parts.catalog();
    this.secrets = parts.secrets();
    this.connections = parts.connections();
    this.applications = parts.applications();
    this.rbac = parts.rbac();
  }

  /** The RBAC object of the cluster in the path. */
  ObjectRef object() {
    return ObjectRef.of(
        "<project>/<server>",
        ctx -> find(ctx).map(Entry::rbacObject).orElse(ctx.pathParam("server")));
  }

  /** The RBAC object of a create body: {@code <project>/<server>}. */
  static ObjectRef objectInBody() {
    return ObjectRef.of(
        "<project>/<server> in body",
        ctx -> {
          var body = Json.objectBody(ctx);
          String project = body.path("project").asText("");
          String server = body.path("server").asText("");
          return project.isEmpty() ? server : project + "/" + server;
        });
  }

  /** {@code GET /api/v1/clusters[?server=][&name=]}: the clusters the caller may get. */
  void list(Context ctx) {
    Caller caller = Callers.of(ctx);
    String server = Objects.requireNonNullElse(ctx.queryParam("server"), "");
    String name = Objects.requireNonNullElse(ctx.queryParam("name"), "");
    Refresh refresh = Refresh.of(ctx.queryParam("forceRefresh"));
    List<ObjectNode> items =
        catalog.list().stream()
            .filter(e -> server.isEmpty() || e.server().equals(server))
            .filter(e -> name.isEmpty() || e.name().equals(name))
            .filter(e -> rbac.allows(caller, "clusters", "get", e.rbacObject()))
            .map(e -> view(e, refresh))
            .toList();
    Json.ok(ctx, Map.of("metadata", Map.of(), "items", items));
  }

  /** {@code GET /api/v1/clusters/{server}[?id.type=name]}. */
  void get(Context ctx) {
    Json.ok(ctx, view(existing(ctx), Refresh.of(ctx.queryParam("forceRefresh"))));
  }

  /**
   * {@code POST /api/v1/clusters[?upsert=true]}: reaches the cluster with the given config and
   * refuses it when that fails; then stores it, as Argo CD's upsert rules say.
   */
  void create(Context ctx) {
    Content content = ClusterFields.fromJson(Json.objectBody(ctx));
    String server = ClusterFields.server(content.data());
    requireReachable(content);
    Optional<StoredSecret> existing = catalog.byServer(server).flatMap(Entry::secret);
    StoredSecret stored;
    if (existing.isEmpty()) {
      stored =
          secrets.create(
              StoredSecret.of(
                  SecretNames.cluster(server),
                  SecretTypes.CLUSTER,
                  content.labels(),
                  content.annotations(),
                  content.data()));
    } else if (sameContent(existing.get(), content)) {
      stored = existing.get();
    } else if (!Boolean.parseBoolean(ctx.queryParam("upsert"))) {
      throw ApiException.invalid(
          "existing cluster spec is different; use upsert flag to force update");
    } else {
      require(Callers.of(ctx), "update", rbacObject(content.data().get("project"), server));
      stored =
          secrets.update(
              existing.get().replacing(content.labels(), content.annotations(), content.data()));
    }
    connections.forget(server);
    Json.ok(ctx, view(entryOf(stored), Refresh.CACHED));
  }

  /**
   * {@code PUT /api/v1/clusters/{server}[?updatedFields=name&updatedFields=namespaces…]}: with
   * {@code updatedFields}, only those fields (name, namespaces, config, shard, clusterResources,
   * labels, annotations, project) are taken from the body; otherwise the body replaces the cluster.
   * The cluster is reached with the result before it is stored.
   */
  void update(Context ctx) {
    Entry entry = existing(ctx);
    Content requested = ClusterFields.fromJson(withServer(ctx, entry));
    List<String> fields = updatedFields(ctx);
    Content next = fields.isEmpty() ? requested : merged(entry, requested, fields);
    if (!ClusterFields.server(next.data()).equals(entry.server())) {
      throw ApiException.invalid(
          "field 'server' ('"
              + ClusterFields.server(next.data())
              + "') differs from the cluster in the path");
    }
    String project = next.data().getOrDefault("project", "");
    if (!project.equals(entry.project())) {
      require(Callers.of(ctx), "update", rbacObject(project, entry.server()));
    }
    requireReachable(next);
    StoredSecret stored =
        entry.secret().isPresent()
            ? secrets.update(
                entry.secret().get().replacing(next.labels(), next.annotations(), next.data()))
            : secrets.create(
                StoredSecret.of(
                    SecretNames.cluster(entry.server()),
                    SecretTypes.CLUSTER,
                    next.labels(),
                    next.annotations(),
                    next.data()));
    connections.forget(entry.server());
    Json.ok(ctx, view(entryOf(stored), Refresh.CACHED));
  }

  /** {@code DELETE /api/v1/clusters/{server}}: the local cluster cannot be deleted. */
  void delete(Context ctx) {
    Entry entry = existing(ctx);
    if (entry.isLocal()) {
      throw ApiException.invalid(
          "cluster '"
              + entry.name()
              + "' ("
              + ClusterCatalog.IN_CLUSTER_SERVER
              + ") is the cluster Mooring runs in and cannot be deleted");
    }
    secrets.delete(entry.secret().orElseThrow().name());
    connections.forget(entry.server());
    Json.ok(ctx, Map.of());
  }

  private ObjectNode view(Entry entry, Refresh refresh) {
    ObjectNode view = entry.secret().map(ClusterFields::view).orElseGet(ClusterFields::localView);
    long deploying = applications.list().stream().filter(app -> deploysTo(app, entry)).count();
    return connections.withStatus(view, entry, deploying, refresh);
  }

  private void requireReachable(Content content) {
    Reachability reached = connections.check(content.data());
    if (!reached.reachable()) {
      throw ApiException.invalid(
          "cluster "
              + ClusterFields.server(content.data())
              + " cannot be reached: "
              + reached.message());
    }
  }

  private Optional<Entry> find(Context ctx) {
    String id = ctx.pathParam("server");
    return switch (Objects.requireNonNullElse(ctx.queryParam("id.type"), "server")) {
      case "name" -> catalog.byName(id);
      case "name_escaped" -> catalog.byName(URLDecoder.decode(id, StandardCharsets.UTF_8));
      default -> catalog.byServer(id);
    };
  }

  private Entry existing(Context ctx) {
    return find(ctx)
        .orElseThrow(
            () -> ApiException.notFound("cluster '" + ctx.pathParam("server") + "' not found"));
  }

  private Entry entryOf(StoredSecret secret) {
    return catalog
        .byServer(ClusterFields.server(secret.data()))
        .orElseThrow(
            () -> new IllegalStateException("cluster Secret " + secret.name() + " vanished"));
  }

  private void require(Caller caller, String action, String object) {
    if (!rbac.allows(caller, "clusters", action, object)) {
      throw ApiException.denied(
          "permission denied: clusters, " + action + ", " + object + ", sub: " + caller.subject());
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode withServer(Context ctx, Entry entry) {
    ObjectNode body = Json.objectBody(ctx).deepCopy();
    if (!body.hasNonNull("server")) {
      body.put("server", entry.server());
    }
    return body;
  }

  private static Content merged(Entry entry, Content requested, List<String> fields) {
    Content current =
        entry
            .secret()
            .map(s -> new Content(s.data(), withoutType(s.labels()), s.annotations()))
            .orElse(
                new Content(Map.of("server", entry.server(), "config", "{}"), Map.of(), Map.of()));
    Map<String, String> data = new LinkedHashMap<>(current.data());
    Map<String, String> labels = current.labels();
    Map<String, String> annotations = current.annotations();
    for (String field : fields) {
      switch (field) {
        case "labels" -> labels = requested.labels();
        case "annotations" -> annotations = requested.annotations();
        case "name", "namespaces", "config", "shard", "clusterResources", "project" -> {
          data.remove(field);
          if (requested.data().containsKey(field)) {
            data.put(field, requested.data().get(field));
          }
        }
        default ->
            throw ApiException.invalid(
                "updatedFields: '"
                    + field
                    + "' is not one of name, namespaces, config, shard,"
                    + " clusterResources, labels, annotations, project");
      }
    }
    data.putIfAbsent("config", "{}");
    return new Content(data, labels, annotations);
  }

  private static List<String> updatedFields(Context ctx) {
    return ctx.queryParams("updatedFields").stream()
        .flatMap(v -> java.util.Arrays.stream(v.split(",")))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static boolean sameContent(StoredSecret existing, Content content) {
    return existing.data().equals(content.data())
        && withoutType(existing.labels()).equals(content.labels())
        && withoutManagedBy(existing.annotations()).equals(content.annotations());
  }

  private static Map<String, String> withoutType(Map<String, String> labels) {
    Map<String, String> copy = new LinkedHashMap<>(labels);
    copy.remove(SecretTypes.LABEL);
    return copy;
  }

  private static Map<String, String> withoutManagedBy(Map<String, String> annotations) {
    Map<String, String> copy = new LinkedHashMap<>(annotations);
    copy.remove(SecretTypes.MANAGED_BY);
    return copy;
  }

  private static boolean deploysTo(Application app, Entry entry) {
    if (app.spec == null || app.spec.destination == null) {
      return false;
    }
    String server = app.spec.destination.server;
    String name = app.spec.destination.name;
    return (server != null && server.replaceAll("/+$", "").equals(entry.server()))
        || (name != null && name.equals(entry.name()));
  }

  private static String rbacObject(String project, String server) {
    return project == null || project.isEmpty() ? server : project + "/" + server;
  }
}
