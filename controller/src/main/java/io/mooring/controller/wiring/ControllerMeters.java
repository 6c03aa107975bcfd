package io.mooring.controller.wiring;

import io.mooring.controller.metrics.AppInfoCollector;
import io.mooring.controller.metrics.ClusterCacheCollector;
import io.mooring.controller.metrics.ControllerMetrics;
import io.mooring.controller.metrics.PrometheusControllerMetrics;
import io.mooring.kube.Cluster;
import io.mooring.model.Application;
import io.mooring.source.git.GitRequestListener;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The controller's metrics as the wiring hands them out: the event port, the Git request listener,
 * and the scrape-time collectors of Applications and cluster caches. Without a registry everything
 * is a no-op.
 */
final class ControllerMeters implements AutoCloseable {
  private final Optional<PrometheusRegistry> registry;
  private final ControllerMetrics events;
  private final GitRequestListener git;
  private final List<AutoCloseable> registrations = new ArrayList<>();

  private ControllerMeters(
      Optional<PrometheusRegistry> registry, ControllerMetrics events, GitRequestListener git) {
    this.registry = registry;
    this.events = events;
    this.git = git;
  }

  /**
   * Meters on {@code registry}, if any.
   *
   * @param applications finds an Application in the controller's cache by name
   */
  static ControllerMeters on(
      Optional<PrometheusRegistry> registry, Function<String, Optional<Application>> applications) {
    if (registry.isEmpty()) {
      return new ControllerMeters(registry, ControllerMetrics.NONE, GitRequestListener.NONE);
    }
    PrometheusControllerMetrics metrics =
        new PrometheusControllerMetrics(registry.get(), applications);
    ControllerMeters meters = new ControllerMeters(registry, metrics, metrics);
    meters.registrations.add(metrics);
    return meters;
  }

  ControllerMetrics events() {
    return events;
  }

  GitRequestListener git() {
    return git;
  }

  /** Adds the scrape-time collectors ({@code argocd_app_info}, {@code argocd_cluster_*}). */
  void collect(
      Supplier<List<Application>> applications, Supplier<List<Cluster>> clusters, Clock clock) {
    if (registry.isEmpty()) {
      return;
    }
    AppInfoCollector apps = new AppInfoCollector(applications);
    ClusterCacheCollector caches = new ClusterCacheCollector(clusters, clock);
    registry.get().register(apps);
    registrations.add(() -> registry.get().unregister(apps));
    registry.get().register(caches);
    registrations.add(() -> registry.get().unregister(caches));
  }

  /** Removes every meter and collector from the registry, so a new controller can add its own. */
  @Override
  public void close() throws Exception {
    for (AutoCloseable registration : registrations) {
      registration.close();
    }
    registrations.clear();
  }
}
