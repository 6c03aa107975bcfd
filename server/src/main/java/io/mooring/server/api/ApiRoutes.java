package io.mooring.server.api;

import static io.mooring.server.http.Access.authenticated;
import static io.mooring.server.http.Access.filtered;
import static io.mooring.server.http.Access.publicRoute;
import static io.mooring.server.http.Access.rbac;
import static io.mooring.server.http.Access.selfOr;
import static io.mooring.server.http.Route.delete;
import static io.mooring.server.http.Route.get;
import static io.mooring.server.http.Route.patch;
import static io.mooring.server.http.Route.post;
import static io.mooring.server.http.Route.put;

import io.mooring.server.http.Json;
import io.mooring.server.http.ObjectRef;
import io.mooring.server.http.RouteTable;
import io.mooring.server.http.StaticUi;
import java.util.List;

/**
 * Every route of the API in one table: method, path, the access it requires (for RBAC: resource,
 * action and how the object is derived), and its handler.
 */
final class ApiRoutes {
  private ApiRoutes() {}

  /** The handlers the table dispatches to. */
  record Handlers(
      SystemApi system,
      SessionApi session,
      AccountApi account,
      ApplicationApi applications,
      ApplicationWriteApi applicationWrites,
      ApplicationStreamApi streams,
      ApplicationDetailsApi details,
      ApplicationOperationApi operations,
      ProjectApi projects,
      WebhookApi webhook,
      ProjectWriteApi projectWrites,
      ProjectDetailsApi projectDetails,
      ProjectTokenApi projectTokens,
      RepositoryApi repositories,
      RepoCredsApi repoCreds,
      ClusterApi clusters,
      Views views) {}

  /** The handlers of the application views, settings and the web UI. */
  record Views(
      ManagedResourcesApi managedResources,
      RevisionMetadataApi revisions,
      ResourceTreeStreamApi treeStream,
      SyncWindowsApi syncWindows,
      SettingsApi settings,
      StaticUi ui) {}

  static RouteTable table(Handlers h) {
    ObjectRef accountName = ObjectRef.pathParam("name");
    ObjectRef app = h.applications().object();
    ObjectRef project = ObjectRef.pathParam("name");
    ObjectRef repo = h.repositories().object();
    ObjectRef cluster = h.clusters().object();
    ObjectRef accountInBody =
        ObjectRef.of(
            "<name in body, else self>",
            ctx -> ctx.body().isBlank() ? "" : Json.optionalText(Json.objectBody(ctx), "name"));
    return new RouteTable(
        List.of(
            get("/api/version", publicRoute(), h.system()::version),
            get("/healthz", publicRoute(), h.system()::healthz),
            get("/readyz", publicRoute(), h.system()::readyz),
            get("/metrics", authenticated(), h.system()::metrics),
            post("/api/webhook", publicRoute(), h.webhook()::receive),
            post("/api/v1/session", publicRoute(), h.session()::login),
            delete("/api/v1/session", authenticated(), h.session()::logout),
            get("/api/v1/session/userinfo", authenticated(), h.session()::userInfo),
            get(
                "/api/v1/account",
                rbac("accounts", "get", ObjectRef.literal("*")),
                h.account()::list),
            get(
                "/api/v1/account/can-i/{resource}/{action}/<subresource>",
                authenticated(),
                h.account()::canI),
            put(
                "/api/v1/account/password",
                selfOr("accounts", "update", accountInBody),
                h.account()::updatePassword),
            get("/api/v1/account/{name}", rbac("accounts", "get", accountName), h.account()::get),
            post(
                "/api/v1/account/{name}/token",
                selfOr("accounts", "update", accountName),
                h.account()::createToken),
            delete(
                "/api/v1/account/{name}/token/{id}",
                selfOr("accounts", "update", accountName),
                h.account()::deleteToken),
            get("/api/v1/applications", filtered("applications", "get"), h.applications()::list),
            get(
                "/api/v1/applications/{name}",
                rbac("applications", "get", h.applications().object()),
                h.applications()::get),
            post(
                "/api/v1/applications",
                rbac("applications", "create", ApplicationWriteApi.objectInBody()),
                h.applicationWrites()::create),
            put(
                "/api/v1/applications/{name}",
                rbac("applications", "update", app),
                h.applicationWrites()::update),
            put(
                "/api/v1/applications/{name}/spec",
                rbac("applications", "update", app),
                h.applicationWrites()::updateSpec),
            patch(
                "/api/v1/applications/{name}",
                rbac("applications", "update", app),
                h.applicationWrites()::patch),
            delete(
                "/api/v1/applications/{name}",
                rbac("applications", "delete", app),
                h.applicationWrites()::delete),
            get(
                "/api/v1/applications/{name}/manifests",
                rbac("applications", "get", app),
                h.details()::manifests),
            get(
                "/api/v1/applications/{name}/resource-tree",
                rbac("applications", "get", app),
                h.details()::resourceTree),
            get(
                "/api/v1/applications/{name}/managed-resources",
                rbac("applications", "get", app),
                h.views().managedResources()::list),
            get(
                "/api/v1/applications/{name}/revisions/{revision}/metadata",
                rbac("applications", "get", app),
                h.views().revisions()::metadata),
            get(
                "/api/v1/applications/{name}/syncwindows",
                rbac("applications", "get", app),
                h.views().syncWindows()::get),
            get(
                "/api/v1/stream/applications/{name}/resource-tree",
                rbac("applications", "get", app),
                h.views().treeStream().handler()),
            get("/api/v1/settings", publicRoute(), h.views().settings()::get),
            get("/", publicRoute(), h.views().ui()::index),
            get("/index.html", publicRoute(), h.views().ui()::index),
            get("/assets/<file>", publicRoute(), h.views().ui()::asset),
            get(
                "/api/v1/applications/{name}/events",
                rbac("applications", "get", app),
                h.details()::events),
            post(
                "/api/v1/applications/{name}/sync",
                rbac("applications", "sync", app),
                h.operations()::sync),
            post(
                "/api/v1/applications/{name}/rollback",
                rbac("applications", "sync", app),
                h.operations()::rollback),
            delete(
                "/api/v1/applications/{name}/operation",
                rbac("applications", "sync", app),
                h.operations()::terminate),
            get(
                "/api/v1/stream/applications",
                filtered("applications", "get"),
                h.streams().applications()),
            get("/api/v1/projects", filtered("projects", "get"), h.projects()::list),
            get(
                "/api/v1/projects/{name}",
                rbac("projects", "get", ObjectRef.pathParam("name")),
                h.projects()::get),
            post(
                "/api/v1/projects",
                rbac("projects", "create", ProjectWriteApi.projectInBody()),
                h.projectWrites()::create),
            put(
                "/api/v1/projects/{name}",
                rbac("projects", "update", project),
                h.projectWrites()::update),
            delete(
                "/api/v1/projects/{name}",
                rbac("projects", "delete", project),
                h.projectWrites()::delete),
            get(
                "/api/v1/projects/{name}/detailed",
                rbac("projects", "get", project),
                h.projectDetails()::detailed),
            get(
                "/api/v1/projects/{name}/events",
                rbac("projects", "get", project),
                h.projectDetails()::events),
            get(
                "/api/v1/projects/{name}/syncwindows",
                rbac("projects", "get", project),
                h.projectDetails()::syncWindows),
            post(
                "/api/v1/projects/{project}/roles/{role}/token",
                rbac("projects", "update", ObjectRef.pathParam("project")),
                h.projectTokens()::create),
            delete(
                "/api/v1/projects/{project}/roles/{role}/token/{iat}",
                rbac("projects", "update", ObjectRef.pathParam("project")),
                h.projectTokens()::delete),
            get("/api/v1/repositories", filtered("repositories", "get"), h.repositories()::list),
            post(
                "/api/v1/repositories",
                rbac("repositories", "create", RepositoryApi.objectInBody()),
                h.repositories()::create),
            get(
                "/api/v1/repositories/{repo}",
                rbac("repositories", "get", repo),
                h.repositories()::get),
            put(
                "/api/v1/repositories/{repo}",
                rbac("repositories", "update", repo),
                h.repositories()::update),
            delete(
                "/api/v1/repositories/{repo}",
                rbac("repositories", "delete", repo),
                h.repositories()::delete),
            post(
                "/api/v1/repositories/{repo}/validate",
                rbac("repositories", "create", RepositoryApi.objectToValidate()),
                h.repositories()::validate),
            get(
                "/api/v1/repositories/{repo}/refs",
                rbac("repositories", "get", repo),
                h.repositories()::refs),
            get("/api/v1/repocreds", filtered("repositories", "get"), h.repoCreds()::list),
            post(
                "/api/v1/repocreds",
                rbac("repositories", "create", RepoCredsApi.objectInBody()),
                h.repoCreds()::create),
            put(
                "/api/v1/repocreds/{url}",
                rbac("repositories", "update", ObjectRef.pathParam("url")),
                h.repoCreds()::update),
            delete(
                "/api/v1/repocreds/{url}",
                rbac("repositories", "delete", ObjectRef.pathParam("url")),
                h.repoCreds()::delete),
            get("/api/v1/clusters", filtered("clusters", "get"), h.clusters()::list),
            post(
                "/api/v1/clusters",
                rbac("clusters", "create", ClusterApi.objectInBody()),
                h.clusters()::create),
            get("/api/v1/clusters/{server}", rbac("clusters", "get", cluster), h.clusters()::get),
            put(
                "/api/v1/clusters/{server}",
                rbac("clusters", "update", cluster),
                h.clusters()::update),
            delete(
                "/api/v1/clusters/{server}",
                rbac("clusters", "delete", cluster),
                h.clusters()::delete)));
  }
}
