package io.mooring.demo.cluster;

import at.favre.lib.crypto.bcrypt.BCrypt;

/**
 * bcrypt hashes, at bcrypt's lowest cost (4), of the passwords the demo makes up. bcrypt's cost
 * factor slows guessing of passwords people choose; these are 16 random characters from 57 (about
 * 93 bits), which no cost factor makes any harder to guess, and they are printed on the demo's
 * console anyway. At Argo CD's cost 10 each hash took about a second of a demo start on a busy
 * 2-core machine; at cost 4 it takes milliseconds. The server checks logins against any cost.
 */
final class GeneratedPasswordHash {
  private static final int COST = 4;

  private GeneratedPasswordHash() {}

  /** The bcrypt hash of {@code generatedPassword}. */
  static String of(String generatedPassword) {
    return BCrypt.withDefaults().hashToString(COST, generatedPassword.toCharArray());
  }
}
