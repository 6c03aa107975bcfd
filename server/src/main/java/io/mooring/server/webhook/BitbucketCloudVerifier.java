package io.mooring.server.webhook;

/** Bitbucket Cloud: the {@code X-Hook-UUID} header equals webhook.bitbucket.uuid. */
public final class BitbucketCloudVerifier implements WebhookVerifier {
  @Override
  public String secretKey() {
    return "webhook.bitbucket.uuid";
  }

  @Override
  public boolean verify(WebhookRequest request, String secret) {
    return request.header("X-Hook-UUID").map(uuid -> Hmac.sameSecret(secret, uuid)).orElse(false);
  }
}
