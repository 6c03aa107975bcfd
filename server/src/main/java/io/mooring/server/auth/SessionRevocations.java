package io.mooring.server.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Session tokens revoked by logout, remembered until they would have expired anyway. Held in
 * memory: a server with several replicas would need to share it.
 */
public final class SessionRevocations {
  private final Map<String, Instant> revoked = new ConcurrentHashMap<>();
  private final Clock clock;

  public SessionRevocations(Clock clock) {
    this.clock = clock;
  }

  /** Revokes the token {@code id}, which would expire at {@code expiresAt}. */
  public void revoke(String id, Instant expiresAt) {
    Instant now = clock.instant();
    revoked.values().removeIf(expiry -> !expiry.isAfter(now));
    revoked.put(id, expiresAt);
  }

  /** Whether the token {@code id} was revoked. */
  public boolean isRevoked(String id) {
    return revoked.containsKey(id);
  }
}
