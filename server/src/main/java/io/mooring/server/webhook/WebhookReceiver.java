package io.mooring.server.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.ModelCodec;
import io.mooring.server.http.ApiException;
import io.mooring.server.metrics.ServerMetrics;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Accepts a webhook delivery: identifies the provider, verifies its signature against the secret in
 * argocd-secret, parses its pushes and hands each to the {@link PushListener}. A delivery that
 * fails verification is refused (401) and nothing is dispatched.
 */
public final class WebhookReceiver {
  private final Supplier<WebhookSecrets> secrets;
  private final PushListener listener;
  private final ServerMetrics metrics;

  public WebhookReceiver(
      Supplier<WebhookSecrets> secrets, PushListener listener, ServerMetrics metrics) {
    this.secrets = secrets;
    this.listener = listener;
    this.metrics = metrics;
  }

  /** Handles {@code request}; returns how many pushes were dispatched. */
  public int receive(WebhookRequest request) {
    WebhookProvider provider =
        request
            .provider()
            .orElseThrow(
                () ->
                    ApiException.invalid(
                        "unknown webhook: expected a GitHub, GitLab, Bitbucket, Gitea or Gogs"
                            + " event header (X-GitHub-Event, X-Gitlab-Event, X-Event-Key, …)"));
    metrics.webhookRequest(provider.label());
    WebhookProviders.Support support = WebhookProviders.of(provider);
    if (!support.verifier().accepts(request, secrets.get())) {
      throw ApiException.unauthenticated(
          provider.label()
              + " webhook rejected: signature or token does not match argocd-secret "
              + support.verifier().secretKey());
    }
    List<PushEvent> pushes = support.parser().parse(request.eventName(provider), json(request));
    pushes.forEach(listener::onPush);
    return pushes.size();
  }

  private static JsonNode json(WebhookRequest request) {
    try {
      return ModelCodec.jsonMapper().readTree(request.body());
    } catch (IOException e) {
      throw ApiException.invalid("webhook payload is not valid JSON");
    }
  }
}
