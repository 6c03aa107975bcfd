package io.mooring.server.webhook;

/**
 * Gogs and Gitea: a hex HMAC-SHA256 of the body with webhook.gogs.secret, in {@code
 * X-Gogs-Signature} (Gogs) or {@code X-Gitea-Signature} (Gitea).
 */
public final class GogsVerifier implements WebhookVerifier {
  private final String signatureHeader;

  private GogsVerifier(String signatureHeader) {
    this.signatureHeader = signatureHeader;
  }

  /** The verifier for Gogs deliveries. */
  public static GogsVerifier gogs() {
    return new GogsVerifier("X-Gogs-Signature");
  }

  /** The verifier for Gitea deliveries. */
  public static GogsVerifier gitea() {
    return new GogsVerifier("X-Gitea-Signature");
  }

  @Override
  public String secretKey() {
    return "webhook.gogs.secret";
  }

  @Override
  public boolean verify(WebhookRequest request, String secret) {
    return request
        .header(signatureHeader)
        .map(signature -> Hmac.sha256Matches(secret, request.body(), signature))
        .orElse(false);
  }
}
