package io.mooring.server.api;

import io.javalin.http.Context;
import io.mooring.server.auth.Caller;
import java.util.Optional;

/** The caller of a request, as the access gate established it, and the token it presented. */
final class Callers {
  static final String TOKEN_COOKIE = "argocd.token";
  private static final String ATTRIBUTE = "mooring.caller";

  private Callers() {}

  static void set(Context ctx, Caller caller) {
    ctx.attribute(ATTRIBUTE, caller);
  }

  /** The authenticated caller; only on routes that are not public. */
  static Caller of(Context ctx) {
    Caller caller = ctx.attribute(ATTRIBUTE);
    if (caller == null) {
      throw new IllegalStateException("no caller on " + ctx.path() + ": the route is public");
    }
    return caller;
  }

  /** The bearer token in Authorization, else the argocd.token cookie. */
  static Optional<String> presentedToken(Context ctx) {
    String header = ctx.header("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      String token = header.substring(7).trim();
      if (!token.isEmpty()) {
        return Optional.of(token);
      }
    }
    return Optional.ofNullable(ctx.cookie(TOKEN_COOKIE)).filter(c -> !c.isBlank());
  }
}
