package io.mooring.server.webhook;

/** GitLab: the {@code X-Gitlab-Token} header equals webhook.gitlab.secret. */
public final class GitLabVerifier implements WebhookVerifier {
  @Override
  public String secretKey() {
    return "webhook.gitlab.secret";
  }

  @Override
  public boolean verify(WebhookRequest request, String secret) {
    return request
        .header("X-Gitlab-Token")
        .map(token -> Hmac.sameSecret(secret, token))
        .orElse(false);
  }
}
