package io.mooring.server.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * GitLab {@code Push Hook} and {@code Tag Push Hook} events. URLs come from {@code project} and
 * {@code repository}; GitLab lists at most 20 commits, so when {@code total_commits_count} says
 * more were pushed the changed files are reported as unknown.
 */
public final class GitLabPushParser implements PushParser {
  @Override
  public List<PushEvent> parse(String eventName, JsonNode payload) {
    if (!eventName.equals("push hook") && !eventName.equals("tag push hook")) {
      return List.of();
    }
    JsonNode project = payload.path("project");
    JsonNode repository = payload.path("repository");
    Set<String> urls = new LinkedHashSet<>();
    urls.addAll(
        Payloads.texts(project, "web_url", "git_http_url", "git_ssh_url", "http_url", "ssh_url"));
    urls.addAll(Payloads.texts(repository, "homepage", "git_http_url", "git_ssh_url", "url"));
    JsonNode commits = payload.path("commits");
    boolean complete =
        commits.isArray() && payload.path("total_commits_count").asInt(0) <= commits.size();
    return List.of(
        new PushEvent(
            WebhookProvider.GITLAB,
            new ArrayList<>(urls),
            payload.path("ref").asText(),
            Payloads.text(payload, "checkout_sha")
                .or(() -> Payloads.text(payload, "after"))
                .orElse(""),
            complete ? Optional.of(Payloads.changedFiles(commits)) : Optional.empty(),
            Payloads.text(project, "default_branch")));
  }
}
