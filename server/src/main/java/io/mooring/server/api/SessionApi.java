package io.mooring.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.mooring.server.auth.Account;
import io.mooring.server.auth.AccountCapability;
import io.mooring.server.auth.Caller;
import io.mooring.server.auth.JwtIssuer;
import io.mooring.server.auth.SessionSettings;
import io.mooring.server.auth.TokenRequest;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.Json;
import io.mooring.server.metrics.ServerMetrics;
import io.mooring.server.metrics.ServerMetrics.LoginStatus;
import io.mooring.server.settings.SettingsNames;
import io.mooring.server.settings.SettingsStore;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Login, logout and user info ({@code /api/v1/session}). */
final class SessionApi {
  private final AuthServices auth;
  private final SettingsStore settings;
  private final ServerMetrics metrics;
  private final Duration defaultSessionDuration;

  SessionApi(
      AuthServices auth,
      SettingsStore settings,
      ServerMetrics metrics,
      Duration defaultSessionDuration) {
    this.auth = auth;
    this.settings = settings;
    this.metrics = metrics;
    this.defaultSessionDuration = defaultSessionDuration;
  }

  /** {@code POST /api/v1/session {username, password}} → {@code {token}}. */
  void login(Context ctx) {
    JsonNode body = Json.objectBody(ctx);
    String username = Json.requiredText(body, "username");
    String password = Json.requiredText(body, "password");
    String address = ctx.ip();
    Optional<Duration> wait = auth.limiter().waitBefore(username, address);
    if (wait.isPresent()) {
      metrics.loginRequest(LoginStatus.FAILURE);
      throw ApiException.tooManyRequests(
          "too many failed logins; try again in " + Math.max(1, wait.get().toSeconds()) + "s",
          wait.get());
    }
    Optional<Account> account =
        auth.accounts().find(username).filter(a -> a.can(AccountCapability.LOGIN));
    boolean valid =
        account.flatMap(Account::passwordHash).isPresent()
            ? auth.hasher().matches(password, account.get().passwordHash().get())
            : auth.hasher().matchesNothing(password);
    if (!valid) {
      auth.limiter().recordFailure(username, address);
      metrics.loginRequest(LoginStatus.FAILURE);
      throw ApiException.unauthenticated("Invalid username or password");
    }
    auth.limiter().recordSuccess(username);
    metrics.loginRequest(LoginStatus.SUCCESS);
    Duration lifetime = sessionDuration();
    String token = issueSession(username, lifetime);
    setTokenCookie(ctx, token, lifetime);
    Json.ok(ctx, Map.of("token", token));
  }

  /** {@code DELETE /api/v1/session}: revokes the presented session token. */
  void logout(Context ctx) {
    Caller caller = Callers.of(ctx);
    caller
        .token()
        .ifPresent(
            token ->
                token
                    .expiresAt()
                    .ifPresent(expiry -> auth.revocations().revoke(token.id(), expiry)));
    ctx.header(
        "Set-Cookie", Callers.TOKEN_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
    Json.ok(ctx, Map.of());
  }

  /** {@code GET /api/v1/session/userinfo}. */
  void userInfo(Context ctx) {
    Caller caller = Callers.of(ctx);
    Map<String, Object> body = new LinkedHashMap<>();
    boolean loggedIn = caller.kind() != Caller.Kind.ANONYMOUS;
    body.put("loggedIn", loggedIn);
    if (loggedIn) {
      body.put("username", caller.subject());
      body.put("iss", JwtIssuer.ISSUER);
      body.put("groups", caller.groups());
    }
    Json.ok(ctx, body);
  }

  /** A new session token for {@code username}. */
  String issueSession(String username, Duration lifetime) {
    return auth.jwt()
        .issue(
            new TokenRequest(
                username + ":" + AccountCapability.LOGIN.value(),
                UUID.randomUUID().toString(),
                Optional.of(lifetime)));
  }

  Duration sessionDuration() {
    return SessionSettings.from(settings.configMap(SettingsNames.ARGOCD_CM), defaultSessionDuration)
        .sessionDuration();
  }

  static void setTokenCookie(Context ctx, String token, Duration lifetime) {
    String secure = "https".equals(ctx.scheme()) ? "; Secure" : "";
    ctx.header(
        "Set-Cookie",
        Callers.TOKEN_COOKIE
            + "="
            + token
            + "; Path=/; Max-Age="
            + lifetime.toSeconds()
            + "; HttpOnly; SameSite=Strict"
            + secure);
  }
}
