package io.mooring.server.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * GitHub push events ({@code push}); Gitea and Gogs send the same shape. Repository URLs come from
 * {@code html_url}, {@code clone_url}, {@code ssh_url} and {@code git_url}; changed files from each
 * commit's added/modified/removed lists (GitHub lists at most 2048 commits: a longer push reports
 * its files as unknown).
 */
public final class GitHubPushParser implements PushParser {
  private static final int MAX_LISTED_COMMITS = 2048;
  private final WebhookProvider provider;

  public GitHubPushParser(WebhookProvider provider) {
    this.provider = provider;
  }

  @Override
  public List<PushEvent> parse(String eventName, JsonNode payload) {
    if (!eventName.equals("push") || !payload.path("ref").isTextual()) {
      return List.of();
    }
    JsonNode repository = payload.path("repository");
    JsonNode commits = payload.path("commits");
    boolean complete = commits.isArray() && commits.size() < MAX_LISTED_COMMITS;
    return List.of(
        new PushEvent(
            provider,
            Payloads.texts(repository, "html_url", "clone_url", "ssh_url", "git_url", "url"),
            payload.path("ref").asText(),
            Payloads.text(payload, "after").orElse(""),
            complete ? Optional.of(Payloads.changedFiles(commits)) : Optional.empty(),
            Payloads.text(repository, "default_branch")));
  }
}
