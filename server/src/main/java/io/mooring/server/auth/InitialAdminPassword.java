package io.mooring.server.auth;

import io.mooring.server.settings.SettingsNames;
import io.mooring.server.settings.SettingsStore;
import java.time.Clock;
import java.util.Map;

/**
 * The admin password generated at first start: its plain text goes to argocd-initial-admin-secret
 * (for {@code admin initial-password}) and only its bcrypt hash to argocd-secret, which is what
 * logins are checked against. Nothing happens once an admin password exists.
 */
public final class InitialAdminPassword {
  /** The key of the plain-text password in argocd-initial-admin-secret. */
  public static final String PASSWORD_KEY = "password";

  private final SettingsStore settings;
  private final PasswordHasher hasher;
  private final PasswordGenerator generator;
  private final Clock clock;

  public InitialAdminPassword(
      SettingsStore settings, PasswordHasher hasher, PasswordGenerator generator, Clock clock) {
    this.settings = settings;
    this.hasher = hasher;
    this.generator = generator;
    this.clock = clock;
  }

  /** Generates and stores the admin password if none is set; true when it did. */
  public boolean ensure() {
    Map<String, String> secret = settings.secret(SettingsNames.ARGOCD_SECRET);
    String existing = secret.get(AccountKeys.password(AccountKeys.ADMIN));
    if (existing != null && !existing.isBlank()) {
      return false;
    }
    String password = generator.generate();
    settings.updateSecret(SettingsNames.INITIAL_ADMIN_SECRET, Map.of(PASSWORD_KEY, password));
    new AccountStore(settings)
        .setPassword(AccountKeys.ADMIN, hasher.hash(password), clock.instant());
    return true;
  }

  /** Removes the initial secret: called once the admin has chosen a password. */
  public void clear() {
    settings.deleteSecret(SettingsNames.INITIAL_ADMIN_SECRET);
  }
}
