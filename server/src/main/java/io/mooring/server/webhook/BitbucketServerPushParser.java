package io.mooring.server.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bitbucket Server / Data Center {@code repo:refs_changed} events: one push per changed ref that
 * was not deleted. URLs come from the repository's clone links; files are not listed.
 */
public final class BitbucketServerPushParser implements PushParser {
  @Override
  public List<PushEvent> parse(String eventName, JsonNode payload) {
    if (!eventName.equals("repo:refs_changed")) {
      return List.of();
    }
    List<String> urls = new ArrayList<>();
    for (JsonNode link : payload.path("repository").path("links").path("clone")) {
      Payloads.text(link, "href").ifPresent(urls::add);
    }
    List<PushEvent> events = new ArrayList<>();
    for (JsonNode change : payload.path("changes")) {
      if ("DELETE".equals(change.path("type").asText())) {
        continue;
      }
      events.add(
          new PushEvent(
              WebhookProvider.BITBUCKET_SERVER,
              urls,
              change.path("ref").path("id").asText(change.path("refId").asText()),
              change.path("toHash").asText(""),
              Optional.empty(),
              Optional.empty()));
    }
    return events;
  }
}
