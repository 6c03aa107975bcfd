package io.mooring.server.api;

import io.javalin.http.Handler;
import io.mooring.server.ServerDependencies;
import io.mooring.server.ServerOptions;
import io.mooring.server.cluster.ClusterCatalog;
import io.mooring.server.cluster.ClusterConnections;
import io.mooring.server.connection.ConnectionCache;
import io.mooring.server.http.RouteTable;
import io.mooring.server.http.StaticUi;
import io.mooring.server.project.ProjectGuard;
import io.mooring.server.repository.RepositoryConnections;
import io.mooring.server.repository.RepositoryRegistry;
import io.mooring.server.settings.SettingsNames;
import io.mooring.server.webhook.WebhookReceiver;
import io.mooring.server.webhook.WebhookSecrets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the API from the server's dependencies: the route table, the access gate that guards it,
 * and the first-start bootstrap (signing key, initial admin password).
 *
 * @param routes every route with its declared access
 * @param gate the before-handler enforcing each route's access
 * @param bootstrap creates missing secrets; run before serving
 */
public record ServerAssembly(RouteTable routes, Handler gate, Runnable bootstrap) {
  private static final Logger LOG = LoggerFactory.getLogger(ServerAssembly.class);

  /** How long a repository's or cluster's connection state is remembered. */
  private static final Duration CONNECTIONS_FRESH_FOR = Duration.ofMinutes(1);

  /** Wires the handlers for {@code deps}. */
  public static ServerAssembly assemble(ServerDependencies deps, ServerOptions options) {
    AuthServices auth = AuthServices.create(deps, options);
    SessionApi session =
        new SessionApi(auth, deps.settings(), deps.metrics(), options.sessionDuration());
    WebhookReceiver receiver =
        new WebhookReceiver(
            () -> new WebhookSecrets(deps.settings().secret(SettingsNames.ARGOCD_SECRET)),
            deps.pushListener(),
            deps.metrics());
    ProjectGuard projectGuard = new ProjectGuard(deps.projects());
    RepositoryRegistry registry = new RepositoryRegistry(deps.admin().secrets());
    RepositoryConnections repositories =
        new RepositoryConnections(
            registry,
            deps.admin().repositories(),
            new ConnectionCache<>(CONNECTIONS_FRESH_FOR, deps.clock()));
    ClusterCatalog clusters = new ClusterCatalog(deps.admin().secrets());
    ApiRoutes.Handlers handlers =
        new ApiRoutes.Handlers(
            new SystemApi(options.version(), deps.readiness(), deps.metrics()),
            session,
            new AccountApi(auth, session, deps.clock()),
            new ApplicationApi(deps.applications(), deps.applicationWriter(), auth.rbac()),
            new ApplicationWriteApi(deps.applications(), deps.applicationWriter(), projectGuard),
            new ApplicationStreamApi(deps.applications(), auth.rbac()),
            new ApplicationDetailsApi(deps.applications(), deps.views(), deps.events()),
            new ApplicationOperationApi(
                deps.applications(), deps.applicationWriter(), projectGuard, deps.clock()),
            new ProjectApi(deps.projects(), auth.rbac()),
            new WebhookApi(receiver, options.webhookMaxPayloadBytes()),
            new ProjectWriteApi(deps.admin().projectWriter(), deps.applications(), auth.rbac()),
            new ProjectDetailsApi(
                new ProjectDetailsApi.Parts(
                    deps.projects(), registry, clusters, deps.events(), deps.clock())),
            new ProjectTokenApi(deps.admin().projectWriter(), auth.jwt()),
            new RepositoryApi(registry, deps.admin().secrets(), repositories, auth.rbac()),
            new RepoCredsApi(registry, deps.admin().secrets(), repositories, auth.rbac()),
            new ClusterApi(
                new ClusterApi.Parts(
                    clusters,
                    deps.admin().secrets(),
                    new ClusterConnections(
                        deps.admin().clusters(),
                        new ConnectionCache<>(CONNECTIONS_FRESH_FOR, deps.clock()),
                        deps.clock()),
                    deps.applications(),
                    auth.rbac())),
            views(deps, options));
    return new ServerAssembly(
        ApiRoutes.table(handlers),
        new AccessGate(auth.authenticator(), auth.rbac()),
        () -> bootstrap(auth));
  }

  private static ApiRoutes.Views views(ServerDependencies deps, ServerOptions options) {
    return new ApiRoutes.Views(
        new ManagedResourcesApi(deps.applications(), deps.views()),
        new RevisionMetadataApi(deps.applications(), deps.views()),
        new ResourceTreeStreamApi(
            deps.applications(), deps.views(), ResourceTreeStreamApi.Options.defaults()),
        new SyncWindowsApi(deps.applications(), deps.projects(), deps.clock()),
        new SettingsApi(deps.settings()),
        new StaticUi(ServerAssembly.class.getClassLoader(), options.uiRoot()));
  }

  private static void bootstrap(AuthServices auth) {
    if (auth.signingKey().ensure()) {
      LOG.info(
          "generated the token signing key (argocd-secret {})", SettingsNames.SERVER_SECRET_KEY);
    }
    if (auth.initialAdmin().ensure()) {
      LOG.info(
          "generated the initial admin password in Secret {}; read it with"
              + " 'mooring admin initial-password' and change it after logging in",
          SettingsNames.INITIAL_ADMIN_SECRET);
    }
  }
}
