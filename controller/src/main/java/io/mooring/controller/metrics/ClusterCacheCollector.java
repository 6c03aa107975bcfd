package io.mooring.controller.metrics;

import io.mooring.engine.resource.GroupKind;
import io.mooring.kube.Cluster;
import io.mooring.kube.cache.CacheFigures;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Argo CD's cluster cache metrics, one series per open cluster cache, computed at scrape time from
 * memory: {@code argocd_cluster_info} (server, name, k8s_version), {@code
 * argocd_cluster_api_resource_objects}, {@code argocd_cluster_api_resources}, {@code
 * argocd_cluster_cache_age_seconds} (since the cache listed the cluster), {@code
 * argocd_cluster_connection_status} (1 once every watch has delivered its list) and {@code
 * argocd_cluster_events_total} (server, group, kind).
 */
public final class ClusterCacheCollector implements MultiCollector {
  private static final List<String> NAMES =
      List.of(
          "argocd_cluster_info",
          "argocd_cluster_api_resource_objects",
          "argocd_cluster_api_resources",
          "argocd_cluster_cache_age_seconds",
          "argocd_cluster_connection_status",
          "argocd_cluster_events");

  private final Supplier<List<Cluster>> clusters;
  private final Clock clock;

  public ClusterCacheCollector(Supplier<List<Cluster>> clusters, Clock clock) {
    this.clusters = clusters;
    this.clock = clock;
  }

  @Override
  public MetricSnapshots collect() {
    GaugeSnapshot.Builder info =
        GaugeSnapshot.builder().name(NAMES.get(0)).help("Information about cluster.");
    GaugeSnapshot.Builder objects =
        GaugeSnapshot.builder()
            .name(NAMES.get(1))
            .help("Number of k8s resource objects in the cache.");
    GaugeSnapshot.Builder apis =
        GaugeSnapshot.builder()
            .name(NAMES.get(2))
            .help("Number of monitored kubernetes API resources.");
    GaugeSnapshot.Builder age =
        GaugeSnapshot.builder().name(NAMES.get(3)).help("Cluster cache age in seconds.");
    GaugeSnapshot.Builder connection =
        GaugeSnapshot.builder()
            .name(NAMES.get(4))
            .help("The k8s cluster current connection status.");
    CounterSnapshot.Builder events =
        CounterSnapshot.builder()
            .name(NAMES.get(5))
            .help("Number of processes k8s resource events.");
    for (Cluster cluster : clusters.get()) {
      String server = cluster.target().server();
      String version = cluster.serverVersion();
      CacheFigures figures = cluster.cache().figures();
      Labels byServer = Labels.of("server", server);
      info.dataPoint(
          gauge(
              1,
              Labels.of(
                  "server", server, "name", cluster.target().name(), "k8s_version", version)));
      objects.dataPoint(gauge(figures.objects(), byServer));
      apis.dataPoint(gauge(figures.apiResources(), byServer));
      age.dataPoint(
          gauge(
              Duration.between(figures.listedAt(), clock.instant()).toMillis() / 1000.0, byServer));
      connection.dataPoint(
          gauge(figures.synced() ? 1 : 0, Labels.of("server", server, "k8s_version", version)));
      for (Map.Entry<GroupKind, Long> entry : figures.events().entrySet()) {
        events.dataPoint(
            CounterDataPointSnapshot.builder()
                .value(entry.getValue())
                .labels(
                    Labels.of(
                        "server", server,
                        "group", entry.getKey().group(),
                        "kind", entry.getKey().kind()))
                .build());
      }
    }
    return MetricSnapshots.of(
        info.build(),
        objects.build(),
        apis.build(),
        age.build(),
        connection.build(),
        events.build());
  }

  @Override
  public List<String> getPrometheusNames() {
    return NAMES;
  }

  private static GaugeDataPointSnapshot gauge(double value, Labels labels) {
    return GaugeDataPointSnapshot.builder().value(value).labels(labels).build();
  }
}
