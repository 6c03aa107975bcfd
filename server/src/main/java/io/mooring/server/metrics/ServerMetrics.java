package io.mooring.server.metrics;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The server's Prometheus registry, with Argo CD's metric names so existing dashboards work. The
 * server's own meters go through Micrometer ({@link #registry()}); the controller running in the
 * same process registers its meters and collectors on the Prometheus registry underneath ({@link
 * #prometheusRegistry()}), so {@code /metrics} serves them all in one scrape.
 */
public final class ServerMetrics {
  private final PrometheusRegistry prometheus;
  private final PrometheusMeterRegistry registry;

  /** Metrics on a registry of their own. */
  public ServerMetrics() {
    this(new PrometheusRegistry());
  }

  /** Metrics on {@code prometheus}, which others (the controller) may also register on. */
  public ServerMetrics(PrometheusRegistry prometheus) {
    this.prometheus = prometheus;
    this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT, prometheus, Clock.SYSTEM);
  }

  /** The Prometheus registry underneath, for the controller's meters and scrape-time collectors. */
  public PrometheusRegistry prometheusRegistry() {
    return prometheus;
  }

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
