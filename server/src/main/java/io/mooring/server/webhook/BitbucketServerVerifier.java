package io.mooring.server.webhook;

/**
 * Bitbucket Server / Data Center: {@code X-Hub-Signature: sha256=<hex HMAC-SHA256>} with
 * webhook.bitbucketserver.secret.
 */
public final class BitbucketServerVerifier implements WebhookVerifier {
  @Override
  public String secretKey() {
    return "webhook.bitbucketserver.secret";
  }

  @Override
  public boolean verify(WebhookRequest request, String secret) {
    return request
        .header("X-Hub-Signature")
        .filter(value -> value.startsWith("sha256="))
        .map(value -> Hmac.sha256Matches(secret, request.body(), value.substring(7)))
        .orElse(false);
  }
}
