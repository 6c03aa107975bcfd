package io.mooring.server.auth;

/**
 * Where Argo CD keeps each account's data: {@code admin.*} keys for the admin, {@code
 * accounts.<name>.*} for the others.
 */
final class AccountKeys {
  static final String ADMIN = "admin";

  private AccountKeys() {}

  /** The argocd-secret key prefix of {@code name}'s credentials. */
  static String secretPrefix(String name) {
    return ADMIN.equals(name) ? "admin." : "accounts." + name + ".";
  }

  static String password(String name) {
    return secretPrefix(name) + "password";
  }

  static String passwordMtime(String name) {
    return secretPrefix(name) + "passwordMtime";
  }

  static String tokens(String name) {
    return secretPrefix(name) + "tokens";
  }
}
