package io.mooring.server.auth;

import java.security.SecureRandom;

/** Generates strong random passwords (the initial admin password). */
public final class PasswordGenerator {
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final int LENGTH = 16;
  private final SecureRandom random;

  public PasswordGenerator(SecureRandom random) {
    this.random = random;
  }

  /** A 16-character password over 57 letters and digits (about 93 bits of entropy). */
  public String generate() {
    StringBuilder password = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
