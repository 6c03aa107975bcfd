package io.mooring.server;

import io.mooring.server.auth.LoginRateLimiter;
import java.time.Duration;

/**
 * Tunables of the API server.
 *
 * @param version the version reported by {@code /api/version}
 * @param sessionDuration session token lifetime unless argocd-cm sets {@code
 *     users.session.duration}
 * @param webhookMaxPayloadBytes larger webhook deliveries are refused with 413
 * @param loginLimits how failed logins are slowed down
 * @param uiRoot the classpath folder the web UI is served from ({@code static}, as the ui module
 *     packages it)
 */
public record ServerOptions(
    String version,
    Duration sessionDuration,
    long webhookMaxPayloadBytes,
    LoginRateLimiter.Policy loginLimits,
    String uiRoot) {
  /** 24 h sessions, 50 MB webhook payloads, 5 failed logins before delays. */
  public static ServerOptions defaults(String version) {
    return new ServerOptions(
        version,
        Duration.ofHours(24),
        50L * 1024 * 1024,
        LoginRateLimiter.Policy.DEFAULT,
        "static");
  }

  /** These options with another webhook payload limit. */
  public ServerOptions withWebhookMaxPayloadBytes(long bytes) {
    return new ServerOptions(version, sessionDuration, bytes, loginLimits, uiRoot);
  }

  /** These options serving the web UI from the classpath folder {@code root}. */
  public ServerOptions withUiRoot(String root) {
    return new ServerOptions(version, sessionDuration, webhookMaxPayloadBytes, loginLimits, root);
  }
}
