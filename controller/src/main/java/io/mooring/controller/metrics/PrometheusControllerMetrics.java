package io.mooring.controller.metrics;

import io.mooring.model.Application;
import io.mooring.source.git.GitRequestListener;
import io.mooring.source.git.GitRequestType;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.Collector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The controller's counters and histograms, with Argo CD's names, labels and buckets so existing
 * dashboards work: {@code argocd_app_reconcile} (seconds, no unit suffix, as Argo CD names it),
 * {@code argocd_app_sync_total}, {@code argocd_app_k8s_request_total}, {@code
 * argocd_git_request_total} and {@code argocd_git_request_duration_seconds}.
 */
public final class PrometheusControllerMetrics
    implements ControllerMetrics, GitRequestListener, AutoCloseable {
  private static final double[] RECONCILE_BUCKETS = {0.25, 0.5, 1, 2, 4, 8, 16};
  private static final double[] GIT_BUCKETS = {0.1, 0.25, 0.5, 1, 2, 4, 10, 20};

  private final PrometheusRegistry registry;
  private final Function<String, Optional<Application>> applications;
  private final Histogram reconcile;
  private final Counter syncs;
  private final Counter clusterRequests;
  private final Counter gitRequests;
  private final Histogram gitDurations;

  /**
   * Registers the meters on {@code registry}.
   *
   * @param applications finds an Application by name in the controller's cache (for the labels of a
   *     reconcile)
   */
  public PrometheusControllerMetrics(
      PrometheusRegistry registry, Function<String, Optional<Application>> applications) {
    this.registry = registry;
    this.applications = applications;
    this.reconcile =
        Histogram.builder()
            .name("argocd_app_reconcile")
            .help("Application reconciliation performance in seconds.")
            .labelNames("namespace", "dest_server")
            .classicOnly()
            .withoutExemplars()
            .classicUpperBounds(RECONCILE_BUCKETS)
            .register(registry);
    this.syncs =
        Counter.builder()
            .name("argocd_app_sync")
            .help("Number of application syncs.")
            .labelNames("namespace", "name", "project", "dest_server", "phase", "dry_run")
            .withoutExemplars()
            .register(registry);
    this.clusterRequests =
        Counter.builder()
            .name("argocd_app_k8s_request")
            .help("Number of Kubernetes requests executed during application reconciliation.")
            .labelNames(
                "namespace",
                "name",
                "project",
                "server",
                "response_code",
                "verb",
                "resource_kind",
                "resource_namespace",
                "dry_run")
            .withoutExemplars()
            .register(registry);
    this.gitRequests =
        Counter.builder()
            .name("argocd_git_request")
            .help("Number of git requests performed by repo server")
            .labelNames("repo", "request_type")
            .withoutExemplars()
            .register(registry);
    this.gitDurations =
        Histogram.builder()
            .name("argocd_git_request_duration_seconds")
            .help("Git requests duration seconds.")
            .labelNames("repo", "request_type")
            .classicOnly()
            .withoutExemplars()
            .classicUpperBounds(GIT_BUCKETS)
            .register(registry);
  }

  @Override
  public void reconciled(String app, Duration took) {
    Optional<Application> found = applications.apply(app);
    String namespace = found.map(MetricLabels::namespace).orElse("");
    String server = found.map(MetricLabels::destServer).orElse("");
    reconcile.labelValues(namespace, server).observe(seconds(took));
  }

  @Override
  public void syncFinished(Application app, SyncFinish finish) {
    syncs
        .labelValues(
            MetricLabels.namespace(app),
            MetricLabels.name(app),
            MetricLabels.project(app),
            MetricLabels.destServer(app),
            finish.phase() == null ? "" : finish.phase(),
            Boolean.toString(finish.dryRun()))
        .inc();
  }

  @Override
  public void clusterRequest(Application app, ClusterRequest request) {
    clusterRequests
        .labelValues(
            MetricLabels.namespace(app),
            MetricLabels.name(app),
            MetricLabels.project(app),
            MetricLabels.destServer(app),
            Integer.toString(request.responseCode()),
            request.verb(),
            request.resourceKind(),
            request.resourceNamespace(),
            Boolean.toString(request.dryRun()))
        .inc();
  }

  @Override
  public void requested(String repoUrl, GitRequestType type, Duration took) {
    String repo = MetricLabels.repo(repoUrl);
    gitRequests.labelValues(repo, type.label()).inc();
    gitDurations.labelValues(repo, type.label()).observe(seconds(took));
  }

  /** Removes the meters from the registry (a controller stopped in a process that goes on). */
  @Override
  public void close() {
    for (Collector meter : List.of(reconcile, syncs, clusterRequests, gitRequests, gitDurations)) {
      registry.unregister(meter);
    }
  }

  private static double seconds(Duration took) {
    return took.toNanos() / 1e9;
  }
}
