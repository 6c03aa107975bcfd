package io.mooring.server.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bitbucket Cloud {@code repo:push} events: one push per changed branch or tag. The payload names
 * the repository by its web link and {@code full_name}, from which the HTTPS and SSH clone URLs are
 * derived; it lists no files, so changed files are unknown.
 */
public final class BitbucketCloudPushParser implements PushParser {
  @Override
  public List<PushEvent> parse(String eventName, JsonNode payload) {
    if (!eventName.equals("repo:push")) {
      return List.of();
    }
    List<String> urls = urls(payload.path("repository"));
    List<PushEvent> events = new ArrayList<>();
    for (JsonNode change : payload.path("push").path("changes")) {
      JsonNode updated = change.path("new");
      if (!updated.isObject()) {
        continue;
      }
      String prefix = "tag".equals(updated.path("type").asText()) ? "refs/tags/" : "refs/heads/";
      events.add(
          new PushEvent(
              WebhookProvider.BITBUCKET_CLOUD,
              urls,
              prefix + updated.path("name").asText(),
              updated.path("target").path("hash").asText(""),
              Optional.empty(),
              Optional.empty()));
    }
    return events;
  }

  private static List<String> urls(JsonNode repository) {
    List<String> urls = new ArrayList<>();
    Optional<String> web = Payloads.text(repository.path("links").path("html"), "href");
    web.ifPresent(urls::add);
    Optional<String> fullName = Payloads.text(repository, "full_name");
    if (web.isPresent() && fullName.isPresent()) {
      String host = URI.create(web.get()).getHost();
      urls.add("https://" + host + "/" + fullName.get() + ".git");
      urls.add("git@" + host + ":" + fullName.get() + ".git");
    }
    return urls;
  }
}
