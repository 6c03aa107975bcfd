package io.mooring.server.auth;

import io.mooring.server.catalog.ProjectCatalog;
import io.mooring.server.http.ApiException;
import io.mooring.server.project.ProjectTokens;
import io.mooring.server.settings.SettingsNames;
import io.mooring.server.settings.SettingsStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Turns the token a request carries into a {@link Caller}, or refuses it with 401. A local-account
 * token is valid while its account is enabled and has the token's capability; a session token also
 * until logout or a password change; an API token while the account still lists it; a project token
 * while its role still lists it (in {@code spec.roles[].jwtTokens} or {@code
 * status.jwtTokensByRole}): revoking removes it there. Expired tokens are refused. Without a token
 * the caller is anonymous only when argocd-cm enables anonymous access.
 */
public final class Authenticator {
  private static final String PROJECT_PREFIX = "proj:";
  private final JwtIssuer jwt;
  private final AccountStore accounts;
  private final SessionRevocations revocations;
  private final SettingsStore settings;
  private final ProjectCatalog projects;

  /** The collaborators; all required. */
  public record Parts(
      JwtIssuer jwt,
      AccountStore accounts,
      SessionRevocations revocations,
      SettingsStore settings,
      ProjectCatalog projects) {}

  public Authenticator(Parts parts) {
    this.jwt = parts.jwt();
    this.accounts = parts.accounts();
    this.revocations = parts.revocations();
    this.settings = parts.settings();
    this.projects = parts.projects();
  }

  /** The caller presenting {@code token} (empty when the request carried none). */
  public Caller authenticate(Optional<String> token) {
    if (token.isEmpty()) {
      if (SessionSettings.from(settings.configMap(SettingsNames.ARGOCD_CM), Duration.ZERO)
          .anonymousEnabled()) {
        return Caller.anonymous();
      }
      throw ApiException.unauthenticated(
          "no session token: log in with POST /api/v1/session and send the token as 'Authorization:"
              + " Bearer <token>'");
    }
    VerifiedToken verified =
        jwt.verify(token.get())
            .orElseThrow(
                () ->
                    ApiException.unauthenticated(
                        "invalid session token: it is malformed, expired, or signed with a key"
                            + " that has been rotated"));
    if (verified.subject().startsWith(PROJECT_PREFIX)) {
      return projectRole(verified);
    }
    return account(verified);
  }

  private Caller account(VerifiedToken token) {
    Account account =
        accounts
            .find(token.accountName())
            .filter(Account::enabled)
            .orElseThrow(
                () ->
                    ApiException.unauthenticated(
                        "account '" + token.accountName() + "' does not exist or is disabled"));
    AccountCapability capability =
        token
            .capability()
            .orElseThrow(() -> ApiException.unauthenticated("token has no capability"));
    if (!account.can(capability)) {
      throw ApiException.unauthenticated(
          "account '" + account.name() + "' lacks the " + capability.value() + " capability");
    }
    if (capability == AccountCapability.LOGIN) {
      checkSession(account, token);
    } else if (account.token(token.id()).isEmpty()) {
      throw ApiException.unauthenticated("API token has been revoked");
    }
    return new Caller(account.name(), Caller.Kind.ACCOUNT, token.groups(), Optional.of(token));
  }

  private void checkSession(Account account, VerifiedToken token) {
    if (revocations.isRevoked(token.id())) {
      throw ApiException.unauthenticated("session has been logged out");
    }
    if (account.passwordMtime().filter(mtime -> token.issuedAt().isBefore(mtime)).isPresent()) {
      throw ApiException.unauthenticated(
          "account password has changed since the token was issued; log in again");
    }
  }

  private Caller projectRole(VerifiedToken token) {
    String[] parts = token.subject().split(":", 3);
    boolean listed =
        parts.length == 3
            && projects
                .get(parts[1])
                .filter(project -> ProjectTokens.role(project, parts[2]).isPresent())
                .map(project -> ProjectTokens.of(project, parts[2]))
                .orElse(List.of())
                .stream()
                .anyMatch(issued -> matches(issued, token));
    if (!listed) {
      throw ApiException.unauthenticated(
          "project token for " + token.subject() + " has been revoked or its role was deleted");
    }
    return new Caller(token.subject(), Caller.Kind.PROJECT_ROLE, List.of(), Optional.of(token));
  }

  /**
   * Whether the listed token is the presented one: by id, or by issue time for tokens issued
   * without an id (whose id Argo CD takes to be the iat).
   */
  private static boolean matches(ProjectTokens.Token issued, VerifiedToken token) {
    boolean listedWithoutId = issued.id().equals(Long.toString(issued.iat()));
    return issued.id().equals(token.id())
        || (listedWithoutId && issued.iat() == token.issuedAt().getEpochSecond());
  }
}
