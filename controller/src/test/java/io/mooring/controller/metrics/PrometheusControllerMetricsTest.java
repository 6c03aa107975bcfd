package io.mooring.controller.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.controller.metrics.ControllerMetrics.ClusterRequest;
import io.mooring.controller.metrics.ControllerMetrics.SyncFinish;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.source.git.GitRequestType;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrometheusControllerMetricsTest {
  private static final String CREDENTIALED_REPO = "https://alice:s3cret@git.example.com/apps.git";

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Application app = app();
  private final PrometheusControllerMetrics metrics =
      new PrometheusControllerMetrics(registry, name -> Optional.of(app));

  @Test
  void reconcilesAreAHistogramNamedAsArgoCdNamesItWithoutAUnitSuffix() {
    metrics.reconciled("web", Duration.ofMillis(300));
    metrics.reconciled("web", Duration.ofSeconds(3));

    ScrapedMetrics scrape = scrape();
    Map<String, String> labels =
        Map.of("namespace", "argocd", "dest_server", "https://kubernetes.default.svc");
    assertThat(scrape.sum("argocd_app_reconcile_count", labels)).isEqualTo(2.0);
    assertThat(scrape.sum("argocd_app_reconcile_sum", labels)).isEqualTo(3.3);
    assertThat(scrape.find("argocd_app_reconcile_bucket", Map.of("le", "0.25")))
        .singleElement()
        .extracting(ScrapedMetrics.Sample::value)
        .isEqualTo(0.0);
    assertThat(scrape.find("argocd_app_reconcile_bucket", Map.of("le", "4.0")))
        .singleElement()
        .extracting(ScrapedMetrics.Sample::value)
        .isEqualTo(2.0);
    assertThat(scrape.text()).contains("# TYPE argocd_app_reconcile histogram");
  }

  @Test
  void finishedSyncsAreCountedByPhase() {
    metrics.syncFinished(app, new SyncFinish("Succeeded", false));
    metrics.syncFinished(app, new SyncFinish("Succeeded", false));
    metrics.syncFinished(app, new SyncFinish("Failed", false));

    ScrapedMetrics scrape = scrape();
    assertThat(scrape.sum("argocd_app_sync_total", Map.of("name", "web", "phase", "Succeeded")))
        .isEqualTo(2.0);
    assertThat(scrape.sum("argocd_app_sync_total", Map.of("project", "shop", "phase", "Failed")))
        .isEqualTo(1.0);
  }

  @Test
  void clusterRequestsCarryTheirVerbKindAndResponseCode() {
    metrics.clusterRequest(app, new ClusterRequest("Create", "Deployment", "shop", 201, false));
    metrics.clusterRequest(app, new ClusterRequest("Patch", "Deployment", "shop", 422, false));

    assertThat(
            scrape()
                .sum(
                    "argocd_app_k8s_request_total",
                    Map.of(
                        "server", "https://kubernetes.default.svc",
                        "verb", "Patch",
                        "resource_kind", "Deployment",
                        "response_code", "422")))
        .isEqualTo(1.0);
  }

  @Test
  void gitRequestsNameTheRepositoryWithoutItsCredentials() {
    metrics.requested(CREDENTIALED_REPO, GitRequestType.FETCH, Duration.ofMillis(150));
    metrics.requested(CREDENTIALED_REPO, GitRequestType.LS_REMOTE, Duration.ofMillis(50));

    ScrapedMetrics scrape = scrape();
    Map<String, String> fetch =
        Map.of("repo", "https://git.example.com/apps.git", "request_type", "fetch");
    assertThat(scrape.sum("argocd_git_request_total", fetch)).isEqualTo(1.0);
    assertThat(scrape.sum("argocd_git_request_duration_seconds_count", fetch)).isEqualTo(1.0);
    assertThat(
            scrape.sum(
                "argocd_git_request_total",
                Map.of("repo", "https://git.example.com/apps.git", "request_type", "ls-remote")))
        .isEqualTo(1.0);
    assertThat(scrape.text()).doesNotContain("s3cret").doesNotContain("alice");
  }

  @Test
  void appInfoNamesTheRepositoryWithoutItsCredentials() {
    registry.register(new AppInfoCollector(() -> List.of(app)));

    ScrapedMetrics scrape = scrape();
    assertThat(
            scrape.find(
                "argocd_app_info",
                Map.of(
                    "name", "web",
                    "project", "shop",
                    "repo", "https://git.example.com/apps.git",
                    "sync_status", "OutOfSync",
                    "health_status", "Progressing",
                    "operation", "sync",
                    "autosync_enabled", "false")))
        .hasSize(1);
    assertThat(scrape.text()).doesNotContain("s3cret").doesNotContain("alice");
  }

  @Test
  void closingRemovesTheMetersSoAnotherControllerCanRegisterThem() {
    metrics.close();

    new PrometheusControllerMetrics(registry, name -> Optional.empty())
        .reconciled("web", Duration.ofMillis(10));

    assertThat(scrape().sum("argocd_app_reconcile_count", Map.of())).isEqualTo(1.0);
  }

  private ScrapedMetrics scrape() {
    return ScrapedMetrics.parse(PrometheusText.of(registry));
  }

  private static Application app() {
    return ModelCodec.readYaml(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata: {name: web, namespace: argocd}
        spec:
          project: shop
          source: {repoURL: '%s', path: web}
          destination: {server: 'https://kubernetes.default.svc', namespace: shop}
        status:
          sync: {status: OutOfSync}
          health: {status: Progressing}
        operation:
          sync: {revision: main}
        """
            .formatted(CREDENTIALED_REPO),
        Application.class);
  }
}
