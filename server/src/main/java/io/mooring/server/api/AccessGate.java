package io.mooring.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.router.Endpoint;
import io.mooring.server.auth.Authenticator;
import io.mooring.server.auth.Caller;
import io.mooring.server.http.Access;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.RouteAccess;
import io.mooring.server.rbac.RbacEnforcer;

/**
 * The one before-handler that enforces every route's declared {@link Access}: it authenticates the
 * caller (except on public routes) and checks the RBAC permission. A route without a declaration is
 * refused, so forgetting one fails closed.
 */
final class AccessGate implements Handler {
  private final Authenticator authenticator;
  private final RbacEnforcer rbac;

  AccessGate(Authenticator authenticator, RbacEnforcer rbac) {
    this.authenticator = authenticator;
    this.rbac = rbac;
  }

  @Override
  public void handle(Context ctx) {
    Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
    RouteAccess declared = matched == null ? null : matched.metadata(RouteAccess.class);
    if (declared == null) {
      throw ApiException.denied("permission denied: route declares no access rule");
    }
    Access access = declared.access();
    if (access instanceof Access.Public) {
      return;
    }
    Caller caller = authenticator.authenticate(Callers.presentedToken(ctx));
    Callers.set(ctx, caller);
    if (access instanceof Access.Rbac required) {
      require(caller, required.resource(), required.action(), required.object().resolve(ctx));
    } else if (access instanceof Access.SelfOrRbac required) {
      String account = required.account().resolve(ctx);
      if (!account.isEmpty() && !caller.isAccount(account)) {
        require(caller, required.resource(), required.action(), account);
      }
    }
  }

  private void require(Caller caller, String resource, String action, String object) {
    if (!rbac.allows(caller, resource, action, object)) {
      String who = caller.kind() == Caller.Kind.ANONYMOUS ? "anonymous" : caller.subject();
      throw ApiException.denied(
          "permission denied: " + resource + ", " + action + ", " + object + ", sub: " + who);
    }
  }
}
