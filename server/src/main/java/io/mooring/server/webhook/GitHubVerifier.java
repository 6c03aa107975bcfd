package io.mooring.server.webhook;

/** GitHub: {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256>} with webhook.github.secret. */
public final class GitHubVerifier implements WebhookVerifier {
  @Override
  public String secretKey() {
    return "webhook.github.secret";
  }

  @Override
  public boolean verify(WebhookRequest request, String secret) {
    return request
        .header("X-Hub-Signature-256")
        .filter(value -> value.startsWith("sha256="))
        .map(value -> Hmac.sha256Matches(secret, request.body(), value.substring(7)))
        .orElse(false);
  }
}
