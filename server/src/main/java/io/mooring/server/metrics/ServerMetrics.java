package io.mooring.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The server's Prometheus registry, with Argo CD's metric names so existing dashboards work. Other
 * parts (the controller) register their meters on {@link #registry()}; {@code /metrics} serves them
 * all.
 */
public final class ServerMetrics {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  /** The registry to add meters to ({@code argocd_app_info}, {@code argocd_app_sync_total}, …). */
  public MeterRegistry registry() {
    return registry;
  }

  /** Counts a login attempt: {@code argocd_login_request_total{status="success"|"failure"}}. */
  public void loginRequest(LoginStatus status) {
    Counter.builder("argocd_login_request")
        .description("Number of login requests")
        .tag("status", status.label())
        .register(registry)
        .increment();
  }

  /** Counts a webhook delivery: {@code argocd_webhook_requests_total{event_type=<provider>}}. */
  public void webhookRequest(String eventType) {
    Counter.builder("argocd_webhook_requests")
        .description("Number of webhook requests received")
        .tag("event_type", eventType)
        .register(registry)
        .increment();
  }

  /** Everything registered, in the Prometheus text format. */
  public String scrape() {
    return registry.scrape();
  }

  /** The outcome of a login attempt. */
  public enum LoginStatus {
    SUCCESS("success"),
    FAILURE("failure");

    private final String label;

    LoginStatus(String label) {
      this.label = label;
    }

    /** The label value. */
    public String label() {
      return label;
    }
  }
}
