package io.mooring.server.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The claims of a token whose signature and expiry checked out.
 *
 * @param subject {@code <account>:login}, {@code <account>:apiKey} or {@code proj:<p>:<role>}
 * @param id the token id ({@code jti})
 * @param issuedAt when it was issued
 * @param expiresAt when it expires; absent for API tokens without expiry
 * @param groups the {@code groups} claim, empty for local accounts
 */
public record VerifiedToken(
    String subject, String id, Instant issuedAt, Optional<Instant> expiresAt, List<String> groups) {
  public VerifiedToken {
    groups = List.copyOf(groups);
  }

  /** The account name of a local-account token (the subject before {@code :}). */
  public String accountName() {
    int colon = subject.lastIndexOf(':');
    return colon < 0 ? subject : subject.substring(0, colon);
  }

  /** The capability a local-account token was issued for (the subject after {@code :}). */
  public Optional<AccountCapability> capability() {
    int colon = subject.lastIndexOf(':');
    return colon < 0 ? Optional.empty() : AccountCapability.parse(subject.substring(colon + 1));
  }
}
