package io.mooring.server.webhook;

/**
 * The Git providers whose push webhooks the server understands, each named by the header that
 * carries its event name. Gitea is checked before Gogs because Gitea sends both headers.
 */
public enum WebhookProvider {
  GITHUB("github", "X-GitHub-Event"),
  GITLAB("gitlab", "X-Gitlab-Event"),
  GITEA("gitea", "X-Gitea-Event"),
  GOGS("gogs", "X-Gogs-Event"),
  BITBUCKET_CLOUD("bitbucket", "X-Hook-UUID"),
  BITBUCKET_SERVER("bitbucketserver", "X-Event-Key");

  private final String label;
  private final String detectingHeader;

  WebhookProvider(String label, String detectingHeader) {
    this.label = label;
    this.detectingHeader = detectingHeader;
  }

  /** The provider's name in metrics and messages ({@code github}, {@code bitbucketserver}, …). */
  public String label() {
    return label;
  }

  /** The header whose presence identifies the provider. */
  public String detectingHeader() {
    return detectingHeader;
  }

  /** The header holding the event name (Bitbucket Cloud and Server both use X-Event-Key). */
  public String eventHeader() {
    return this == BITBUCKET_CLOUD ? "X-Event-Key" : detectingHeader;
  }
}
