package io.mooring.server.auth;

import io.mooring.server.settings.SettingsNames;
import io.mooring.server.settings.SettingsStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The HS256 signing key of session and API tokens, kept in argocd-secret {@code server.secretkey}
 * and read on every use: writing a new value there (rotation) voids every token signed before.
 */
public final class SigningKey {
  private static final int MIN_BYTES = 32;
  private final SettingsStore settings;
  private final SecureRandom random;

  public SigningKey(SettingsStore settings, SecureRandom random) {
    this.settings = settings;
    this.random = random;
  }

  /** Generates and stores a key if none is set; true when it did. */
  public boolean ensure() {
    String existing =
        settings.secret(SettingsNames.ARGOCD_SECRET).get(SettingsNames.SERVER_SECRET_KEY);
    if (existing != null && !existing.isEmpty()) {
      return false;
    }
    rotate();
    return true;
  }

  /** Replaces the key with a fresh random one; every token issued so far stops working. */
  public void rotate() {
    byte[] key = new byte[MIN_BYTES];
    random.nextBytes(key);
    settings.updateSecret(
        SettingsNames.ARGOCD_SECRET,
        Map.of(SettingsNames.SERVER_SECRET_KEY, Base64.getEncoder().encodeToString(key)));
  }

  /**
   * The current key bytes. A value set by hand that is shorter than 256 bits is stretched with
   * SHA-256, as HS256 needs 256 bits.
   */
  public byte[] current() {
    String value =
        settings.secret(SettingsNames.ARGOCD_SECRET).get(SettingsNames.SERVER_SECRET_KEY);
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException(
          "argocd-secret has no "
              + SettingsNames.SERVER_SECRET_KEY
              + "; the server generates it at start");
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    return bytes.length >= MIN_BYTES ? bytes : sha256(bytes);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
