package io.mooring.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.mooring.server.auth.Account;
import io.mooring.server.auth.AccountCapability;
import io.mooring.server.auth.ApiToken;
import io.mooring.server.auth.Caller;
import io.mooring.server.auth.TokenRequest;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Local accounts: list, show, can-i, password change, API tokens ({@code /api/v1/account}). */
final class AccountApi {
  private static final int MIN_PASSWORD = 8;
  private static final int MAX_PASSWORD = 32;
  private final AuthServices auth;
  private final SessionApi sessions;
  private final Clock clock;

  AccountApi(AuthServices auth, SessionApi sessions, Clock clock) {
    this.auth = auth;
    this.sessions = sessions;
    this.clock = clock;
  }

  /** {@code GET /api/v1/account}. */
  void list(Context ctx) {
    Json.ok(ctx, Map.of("items", auth.accounts().list().stream().map(AccountApi::view).toList()));
  }

  /** {@code GET /api/v1/account/{name}}. */
  void get(Context ctx) {
    Json.ok(ctx, view(account(ctx.pathParam("name"))));
  }

  /** {@code GET /api/v1/account/can-i/{resource}/{action}/{subresource}}. */
  void canI(Context ctx) {
    boolean allowed =
        auth.rbac()
            .allows(
                Callers.of(ctx),
                ctx.pathParam("resource"),
                ctx.pathParam("action"),
                ctx.pathParam("subresource"));
    Json.ok(ctx, Map.of("value", allowed ? "yes" : "no"));
  }

  /**
   * {@code PUT /api/v1/account/password {currentPassword, newPassword, name}}: the caller proves
   * who they are with their own current password; changing one's own password returns a new session
   * token (the old ones stop working).
   */
  void updatePassword(Context ctx) {
    Caller caller = Callers.of(ctx);
    if (caller.kind() != Caller.Kind.ACCOUNT) {
      throw ApiException.denied("only local accounts can change passwords");
    }
    JsonNode body = Json.objectBody(ctx);
    String current = Json.requiredText(body, "currentPassword");
    String next = Json.requiredText(body, "newPassword");
    String name =
        Json.optionalText(body, "name").isBlank()
            ? caller.subject()
            : Json.optionalText(body, "name");
    if (next.length() < MIN_PASSWORD || next.length() > MAX_PASSWORD) {
      throw ApiException.invalid(
          "field 'newPassword' must be "
              + MIN_PASSWORD
              + " to "
              + MAX_PASSWORD
              + " characters long");
    }
    checkCurrentPassword(caller.subject(), current, ctx.ip());
    Account target = account(name);
    auth.accounts().setPassword(target.name(), auth.hasher().hash(next), clock.instant());
    if (target.name().equals("admin")) {
      auth.initialAdmin().clear();
    }
    Map<String, Object> response = new LinkedHashMap<>();
    if (caller.isAccount(target.name())) {
      Duration lifetime = sessions.sessionDuration();
      String token = sessions.issueSession(target.name(), lifetime);
      SessionApi.setTokenCookie(ctx, token, lifetime);
      response.put("token", token);
    }
    Json.ok(ctx, response);
  }

  /** {@code POST /api/v1/account/{name}/token {expiresIn, id}} → {@code {token}}. */
  void createToken(Context ctx) {
    Account target = account(ctx.pathParam("name"));
    if (!target.can(AccountCapability.API_KEY)) {
      throw ApiException.unprocessable(
          "account '"
              + target.name()
              + "' does not have the apiKey capability (argocd-cm accounts."
              + target.name()
              + ")");
    }
    JsonNode body = ctx.body().isBlank() ? Json.empty() : Json.objectBody(ctx);
    long expiresIn = body.path("expiresIn").asLong(0);
    if (expiresIn < 0) {
      throw ApiException.invalid("field 'expiresIn' must be 0 (never) or a number of seconds");
    }
    String id = Json.optionalText(body, "id");
    String tokenId = id.isBlank() ? UUID.randomUUID().toString() : id;
    if (target.token(tokenId).isPresent()) {
      throw ApiException.conflict(
          "account '" + target.name() + "' already has a token with id '" + tokenId + "'");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Optional<Duration> lifetime =
        expiresIn == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(expiresIn));
    String token =
        auth.jwt()
            .issue(
                new TokenRequest(
                    target.name() + ":" + AccountCapability.API_KEY.value(), tokenId, lifetime));
    auth.accounts()
        .addToken(
            target,
            new ApiToken(
                tokenId,
                now.getEpochSecond(),
                lifetime.map(l -> now.plus(l).getEpochSecond()).orElse(0L)));
    Json.ok(ctx, Map.of("token", token));
  }

  /** {@code DELETE /api/v1/account/{name}/token/{id}}: revokes an API token. */
  void deleteToken(Context ctx) {
    Account target = account(ctx.pathParam("name"));
    String id = ctx.pathParam("id");
    if (target.token(id).isEmpty()) {
      throw ApiException.notFound("account '" + target.name() + "' has no token '" + id + "'");
    }
    auth.accounts().removeToken(target, id);
    Json.ok(ctx, Map.of());
  }

  private void checkCurrentPassword(String callerName, String password, String address) {
    Optional<Duration> wait = auth.limiter().waitBefore(callerName, address);
    if (wait.isPresent()) {
      throw ApiException.tooManyRequests(
          "too many failed password checks; try again later", wait.get());
    }
    Optional<String> hash = auth.accounts().find(callerName).flatMap(Account::passwordHash);
    boolean valid =
        hash.isPresent()
            ? auth.hasher().matches(password, hash.get())
            : auth.hasher().matchesNothing(password);
    if (!valid) {
      auth.limiter().recordFailure(callerName, address);
      throw ApiException.invalid("field 'currentPassword' does not match your current password");
    }
  }

  private Account account(String name) {
    return auth.accounts()
        .find(name)
        .orElseThrow(() -> ApiException.notFound("account '" + name + "' does not exist"));
  }

  private static Map<String, Object> view(Account account) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", account.name());
    view.put("enabled", account.enabled());
    view.put(
        "capabilities",
        account.capabilities().stream().sorted().map(AccountCapability::value).toList());
    view.put("tokens", List.copyOf(account.tokens()));
    return view;
  }
}
