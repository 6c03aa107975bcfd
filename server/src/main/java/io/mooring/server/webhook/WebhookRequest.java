package io.mooring.server.webhook;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A webhook delivery: its headers (looked up without regard to case) and its raw body. */
public final class WebhookRequest {
  private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final byte[] body;

  public WebhookRequest(Map<String, String> headers, byte[] body) {
    this.headers.putAll(headers);
    this.body = body.clone();
  }

  /** The header {@code name}, if present and not blank. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name)).map(String::trim).filter(v -> !v.isEmpty());
  }

  /** The raw body, exactly as received (signatures are computed over it). */
  public byte[] body() {
    return body.clone();
  }

  /** The provider that sent this delivery, judged by its headers. */
  public Optional<WebhookProvider> provider() {
    for (WebhookProvider provider : WebhookProvider.values()) {
      if (header(provider.detectingHeader()).isPresent()) {
        return Optional.of(provider);
      }
    }
    return Optional.empty();
  }

  /** The event name the provider sent, lower-cased. */
  public String eventName(WebhookProvider provider) {
    return header(provider.eventHeader()).orElse("").toLowerCase(Locale.ROOT);
  }
}
