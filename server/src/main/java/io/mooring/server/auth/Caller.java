package io.mooring.server.auth;

import java.util.List;
import java.util.Optional;

/**
 * Who is making a request: a local account (from a session or API token), a project role (from a
 * project token), or the anonymous user.
 *
 * @param subject the RBAC subject: the account name, {@code proj:<project>:<role>}, or "" for
 *     anonymous
 * @param kind how the caller authenticated
 * @param groups the groups the token carries (RBAC subjects too)
 * @param token the token the request carried, absent for anonymous
 */
public record Caller(
    String subject, Kind kind, List<String> groups, Optional<VerifiedToken> token) {
  /** How a caller authenticated. */
  public enum Kind {
    ACCOUNT,
    PROJECT_ROLE,
    ANONYMOUS
  }

  public Caller {
    groups = List.copyOf(groups);
  }

  /** The anonymous user (only when anonymous access is enabled). */
  public static Caller anonymous() {
    return new Caller("", Kind.ANONYMOUS, List.of(), Optional.empty());
  }

  /** Whether this caller is the local account {@code name}. */
  public boolean isAccount(String name) {
    return kind == Kind.ACCOUNT && subject.equals(name);
  }
}
