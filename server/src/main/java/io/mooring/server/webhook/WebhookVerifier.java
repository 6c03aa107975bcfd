package io.mooring.server.webhook;

/**
 * Checks that a delivery comes from the provider, with the secret configured for it. As in Argo CD,
 * a provider without a configured secret is accepted unverified (a push only triggers a refresh);
 * once a secret is set, a missing or wrong signature is refused.
 */
public interface WebhookVerifier {
  /** The argocd-secret key holding this provider's secret. */
  String secretKey();

  /** Whether {@code request} carries a valid signature or token for {@code secret}. */
  boolean verify(WebhookRequest request, String secret);

  /** Verifies {@code request} against the configured secret, if there is one. */
  default boolean accepts(WebhookRequest request, WebhookSecrets secrets) {
    return secrets.get(secretKey()).map(secret -> verify(request, secret)).orElse(true);
  }
}
