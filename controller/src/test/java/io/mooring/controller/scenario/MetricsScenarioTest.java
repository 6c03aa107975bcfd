package io.mooring.controller.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mooring.controller.metrics.ScrapedMetrics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The controller's Prometheus metrics, as a scrape reads them after a real sync. */
class MetricsScenarioTest {
  private static final String APP =
      """
      apiVersion: argoproj.io/v1alpha1
      kind: Application
      metadata: {name: web, namespace: argocd}
      spec:
        project: default
        source: {repoURL: REPO, path: web, targetRevision: main}
        destination: {server: 'https://kubernetes.default.svc', namespace: shop}
        syncPolicy:
          automated: {prune: true}
          syncOptions: [CreateNamespace=true]
      """;
  private static final Map<String, String> WEB = Map.of("name", "web", "namespace", "argocd");

  @TempDir Path work;
  private Scenario scenario;

  @BeforeEach
  void start() {
    scenario = Scenario.start(work);
  }

  @AfterEach
  void stop() {
    scenario.close();
  }

  @Test
  void aSyncedAppShowsInTheScrapeWithArgoCdsNamesAndLabels() {
    scenario.push(
        "web",
        Map.of(
            "web/config.yaml", Manifests.configMap("settings", 0),
            "web/deployment.yaml", Manifests.deployment("web", 1, 0)));
    scenario.createApp(APP);
    scenario.awaitApp("web", Scenario::syncedAndHealthy);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              ScrapedMetrics scrape = scenario.scrape();
              assertThat(
                      scrape.find(
                          "argocd_app_info",
                          Map.of(
                              "name", "web",
                              "namespace", "argocd",
                              "project", "default",
                              "autosync_enabled", "true",
                              "repo", scenario.repoUrl(),
                              "dest_server", "https://kubernetes.default.svc",
                              "dest_namespace", "shop",
                              "sync_status", "Synced",
                              "health_status", "Healthy",
                              "operation", "")))
                  .as("argocd_app_info of web in\n%s", scrape)
                  .singleElement()
                  .extracting(ScrapedMetrics.Sample::value)
                  .isEqualTo(1.0);
            });

    ScrapedMetrics scrape = scenario.scrape();
    assertThat(
            scrape.sum(
                "argocd_app_sync_total",
                Map.of(
                    "name", "web",
                    "namespace", "argocd",
                    "project", "default",
                    "phase", "Succeeded",
                    "dest_server", "https://kubernetes.default.svc")))
        .as("one automated sync succeeded")
        .isEqualTo(1.0);
    assertThat(
            scrape.sum(
                "argocd_app_reconcile_count",
                Map.of("namespace", "argocd", "dest_server", "https://kubernetes.default.svc")))
        .isPositive();
    assertThat(scrape.find("argocd_app_reconcile_bucket", Map.of("le", "+Inf"))).isNotEmpty();
    assertThat(scrape.text()).doesNotContain("argocd_app_reconcile_seconds");
    assertThat(
            scrape.sum(
                "argocd_app_k8s_request_total",
                Map.of(
                    "name", "web",
                    "verb", "Create",
                    "resource_kind", "Deployment",
                    "resource_namespace", "shop",
                    "response_code", "201")))
        .isEqualTo(1.0);
    assertThat(
            scrape.find(
                "argocd_cluster_info",
                Map.of("server", "https://kubernetes.default.svc", "name", "in-cluster")))
        .singleElement()
        .extracting(ScrapedMetrics.Sample::value)
        .isEqualTo(1.0);
    assertThat(
            scrape.sum(
                "argocd_cluster_connection_status",
                Map.of("server", "https://kubernetes.default.svc")))
        .isEqualTo(1.0);
    assertThat(
            scrape.sum(
                "argocd_cluster_api_resource_objects",
                Map.of("server", "https://kubernetes.default.svc")))
        .isGreaterThanOrEqualTo(2.0);
    assertThat(
            scrape.sum(
                "argocd_cluster_api_resources", Map.of("server", "https://kubernetes.default.svc")))
        .isPositive();
    assertThat(
            scrape.sum(
                "argocd_cluster_events_total",
                Map.of(
                    "server",
                    "https://kubernetes.default.svc",
                    "group",
                    "apps",
                    "kind",
                    "Deployment")))
        .isPositive();
    assertThat(scrape.find("argocd_cluster_cache_age_seconds", Map.of())).hasSize(1);
    assertThat(
            scrape.sum(
                "argocd_git_request_total",
                Map.of("repo", scenario.repoUrl(), "request_type", "fetch")))
        .isPositive();
    assertThat(
            scrape.sum(
                "argocd_git_request_duration_seconds_count",
                Map.of("repo", scenario.repoUrl(), "request_type", "fetch")))
        .isPositive();
  }

  @Test
  void aRestartedControllerRegistersItsMetricsAgainOnTheSameRegistry() {
    scenario.push("web", Map.of("web/config.yaml", Manifests.configMap("settings", 0)));
    scenario.createApp(APP);
    scenario.awaitApp("web", Scenario::syncedAndHealthy);

    scenario.stopController();
    assertThat(scenario.scrape().find("argocd_app_info", WEB)).isEmpty();
    scenario.startController();

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              ScrapedMetrics scrape = scenario.scrape();
              assertThat(scrape.find("argocd_app_info", WEB)).hasSize(1);
              assertThat(scrape.sum("argocd_app_reconcile_count", Map.of())).isPositive();
              assertThat(scrape.find("argocd_cluster_info", Map.of())).hasSize(1);
            });
  }
}
