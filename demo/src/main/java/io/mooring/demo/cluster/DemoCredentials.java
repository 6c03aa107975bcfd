package io.mooring.demo.cluster;

import io.mooring.server.auth.PasswordGenerator;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secrets the demo makes up at each start: the passwords of {@code admin} and of the read-only
 * {@code viewer}, and the GitHub webhook secret shared by the Git server's hook and argocd-secret.
 * Never printed by {@link #toString()}.
 *
 * @param adminPassword the admin's initial password (as {@code mooring server} would generate it)
 * @param viewerPassword the read-only account's password
 * @param webhookSecret argocd-secret's {@code webhook.github.secret}
 */
public record DemoCredentials(String adminPassword, String viewerPassword, String webhookSecret) {

  /** Fresh random credentials. */
  public static DemoCredentials generate() {
    SecureRandom random = new SecureRandom();
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    PasswordGenerator passwords = new PasswordGenerator(random);
    return new DemoCredentials(
        passwords.generate(), passwords.generate(), HexFormat.of().formatHex(secret));
  }

  @Override
  public String toString() {
    return "DemoCredentials[adminPassword=***, viewerPassword=***, webhookSecret=***]";
  }
}
