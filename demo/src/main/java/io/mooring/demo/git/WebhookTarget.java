package io.mooring.demo.git;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where the post-receive hook sends push events, and with which secret: set once {@code mooring
 * server} listens (the Git server starts first, so the repository can be seeded meanwhile).
 */
public final class WebhookTarget {
  /**
   * @param url the server's {@code /api/webhook}
   * @param secret argocd-secret's {@code webhook.github.secret}
   */
  public record Endpoint(URI url, String secret) {
    @Override
    public String toString() {
      return "Endpoint[url=" + url + ", secret=***]";
    }
  }

  private final AtomicReference<Endpoint> endpoint = new AtomicReference<>();

  /** Pushes from now on are announced to {@code url}, signed with {@code secret}. */
  public void set(URI url, String secret) {
    endpoint.set(new Endpoint(url, secret));
  }

  /** The endpoint, once set. */
  public Optional<Endpoint> endpoint() {
    return Optional.ofNullable(endpoint.get());
  }
}
