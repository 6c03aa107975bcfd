package io.mooring.server.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt hashing of account passwords (cost 10, as Argo CD). Checking against an unknown account
 * still costs one bcrypt verification, so timing does not reveal which accounts exist.
 */
public final class PasswordHasher {
  private static final int COST = 10;

  /** The bcrypt hash of {@code password}. */
  public String hash(String password) {
    return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
  }

  /** Whether {@code password} matches {@code bcryptHash}. */
  public boolean matches(String password, String bcryptHash) {
    return BCrypt.verifyer()
        .verify(
            password.getBytes(StandardCharsets.UTF_8), bcryptHash.getBytes(StandardCharsets.UTF_8))
        .verified;
  }

  /** Spends the same time as {@link #matches} and answers false: for unknown accounts. */
  public boolean matchesNothing(String password) {
    matches(password, UnknownAccount.HASH);
    return false;
  }

  /**
   * Hashed when first needed (the JVM initializes a nested class on first use), not when a server
   * starts: at cost 10 it is most of a second of a start on a busy machine.
   */
  private static final class UnknownAccount {
    static final String HASH =
        BCrypt.withDefaults().hashToString(COST, "no such account".toCharArray());
  }
}
