package io.mooring.controller.metrics;

import io.mooring.model.Application;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code argocd_app_info}: one gauge of value 1 per Application, computed at scrape time from the
 * controller's cache (no API calls), with Argo CD's labels: namespace, name, project,
 * autosync_enabled, repo (without credentials), dest_server, dest_namespace, sync_status,
 * health_status and operation.
 */
public final class AppInfoCollector implements MultiCollector {
  private final Supplier<List<Application>> applications;

  public AppInfoCollector(Supplier<List<Application>> applications) {
    this.applications = applications;
  }

  @Override
  public MetricSnapshots collect() {
    GaugeSnapshot.Builder info =
        GaugeSnapshot.builder().name("argocd_app_info").help("Information about application.");
    for (Application app : applications.get()) {
      info.dataPoint(
          GaugeDataPointSnapshot.builder()
              .value(1)
              .labels(
                  Labels.of(
                      "namespace", MetricLabels.namespace(app),
                      "name", MetricLabels.name(app),
                      "project", MetricLabels.project(app),
                      "autosync_enabled", MetricLabels.autosyncEnabled(app),
                      "repo", MetricLabels.repo(app),
                      "dest_server", MetricLabels.destServer(app),
                      "dest_namespace", MetricLabels.destNamespace(app),
                      "sync_status", MetricLabels.syncStatus(app),
                      "health_status", MetricLabels.healthStatus(app),
                      "operation", MetricLabels.operation(app)))
              .build());
    }
    return MetricSnapshots.of(info.build());
  }

  @Override
  public List<String> getPrometheusNames() {
    return List.of("argocd_app_info");
  }
}
