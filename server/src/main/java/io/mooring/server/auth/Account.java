package io.mooring.server.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A local account: its settings from argocd-cm and its credentials from argocd-secret.
 *
 * @param name the account name
 * @param enabled whether it may authenticate at all
 * @param capabilities login and/or apiKey
 * @param passwordHash the bcrypt hash of its password, if one is set
 * @param passwordMtime when the password last changed; tokens issued before are void
 * @param tokens the API tokens issued to it
 */
public record Account(
    String name,
    boolean enabled,
    Set<AccountCapability> capabilities,
    Optional<String> passwordHash,
    Optional<Instant> passwordMtime,
    List<ApiToken> tokens) {
  public Account {
    capabilities = Set.copyOf(capabilities);
    tokens = List.copyOf(tokens);
  }

  /** Whether the account is enabled and has {@code capability}. */
  public boolean can(AccountCapability capability) {
    return enabled && capabilities.contains(capability);
  }

  /** The recorded API token with {@code id}, if any. */
  public Optional<ApiToken> token(String id) {
    return tokens.stream().filter(token -> token.id().equals(id)).findFirst();
  }
}
