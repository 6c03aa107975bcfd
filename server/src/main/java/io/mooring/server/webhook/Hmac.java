package io.mooring.server.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 signatures of webhook bodies, compared in constant time. */
final class Hmac {
  private Hmac() {}

  /** Whether {@code hexSignature} is the HMAC-SHA256 of {@code body} under {@code secret}. */
  static boolean sha256Matches(String secret, byte[] body, String hexSignature) {
    byte[] expected = sha256Hex(secret, body).getBytes(StandardCharsets.US_ASCII);
    byte[] given = hexSignature.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }

  /** Whether two secrets are equal, compared in constant time. */
  static boolean sameSecret(String expected, String given) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  /** The lower-case hex HMAC-SHA256 of {@code body} under {@code secret}. */
  static String sha256Hex(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
    }
  }
}
