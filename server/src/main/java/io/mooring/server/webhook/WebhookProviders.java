package io.mooring.server.webhook;

import java.util.Map;

/** Each provider's verifier and payload parser. */
final class WebhookProviders {
  /** What the server needs to accept a provider's deliveries. */
  record Support(WebhookVerifier verifier, PushParser parser) {}

  private static final Map<WebhookProvider, Support> SUPPORT =
      Map.of(
          WebhookProvider.GITHUB,
          new Support(new GitHubVerifier(), new GitHubPushParser(WebhookProvider.GITHUB)),
          WebhookProvider.GITLAB,
          new Support(new GitLabVerifier(), new GitLabPushParser()),
          WebhookProvider.GITEA,
          new Support(GogsVerifier.gitea(), new GitHubPushParser(WebhookProvider.GITEA)),
          WebhookProvider.GOGS,
          new Support(GogsVerifier.gogs(), new GitHubPushParser(WebhookProvider.GOGS)),
          WebhookProvider.BITBUCKET_CLOUD,
          new Support(new BitbucketCloudVerifier(), new BitbucketCloudPushParser()),
          WebhookProvider.BITBUCKET_SERVER,
          new Support(new BitbucketServerVerifier(), new BitbucketServerPushParser()));

  private WebhookProviders() {}

  static Support of(WebhookProvider provider) {
    return SUPPORT.get(provider);
  }
}
