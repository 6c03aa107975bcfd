package io.mooring.server.api;

import io.javalin.http.Handler;
import io.mooring.server.ServerDependencies;
import io.mooring.server.ServerOptions;
import io.mooring.server.http.RouteTable;
import io.mooring.server.project.ProjectGuard;
import io.mooring.server.settings.SettingsNames;
import io.mooring.server.webhook.WebhookReceiver;
import io.mooring.server.webhook.WebhookSecrets;
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
    ApiRoutes.Handlers handlers =
        new ApiRoutes.Handlers(
            new SystemApi(options.version(), deps.readiness(), deps.metrics()),
            session,
            new AccountApi(auth, session, deps.clock()),
            new ApplicationApi(deps.applications(), deps.applicationWriter(), auth.rbac()),
            new ApplicationWriteApi(deps.applications(), deps.applicationWriter(), projectGuard),
            new ApplicationStreamApi(deps.applications(), auth.rbac()),
            new ApplicationDetailsApi(deps.applications(), deps.manifests(), deps.events()),
            new ApplicationOperationApi(
                deps.applications(), deps.applicationWriter(), projectGuard, deps.clock()),
            new ProjectApi(deps.projects(), auth.rbac()),
            new WebhookApi(receiver, options.webhookMaxPayloadBytes()));
    return new ServerAssembly(
        ApiRoutes.table(handlers),
        new AccessGate(auth.authenticator(), auth.rbac()),
        () -> bootstrap(auth));
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
