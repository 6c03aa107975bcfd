package io.mooring.server.webhook;

import java.util.Map;
import java.util.Optional;

/**
 * The webhook secrets in argocd-secret: {@code webhook.github.secret}, {@code
 * webhook.gitlab.secret}, {@code webhook.bitbucket.uuid}, {@code webhook.bitbucketserver.secret},
 * {@code webhook.gogs.secret} (also used for Gitea).
 */
public record WebhookSecrets(Map<String, String> argocdSecret) {
  public WebhookSecrets {
    argocdSecret = Map.copyOf(argocdSecret);
  }

  /** The secret configured at {@code key}, if any. */
  public Optional<String> get(String key) {
    return Optional.ofNullable(argocdSecret.get(key)).filter(value -> !value.isEmpty());
  }
}
