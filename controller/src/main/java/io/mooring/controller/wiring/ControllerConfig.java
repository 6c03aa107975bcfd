package io.mooring.controller.wiring;

import io.mooring.controller.runtime.ControllerSettings;
import io.mooring.kube.cache.ResourceTracking;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the controller process needs to start.
 *
 * @param kubeconfig the kubeconfig whose current context is the control cluster; empty for
 *     in-cluster
 * @param namespace the control namespace (Applications, AppProjects, settings, credentials)
 * @param dataDirectory where repository clones and caches live
 * @param settings queue workers and refresh timing
 * @param tracking how resources are tracked to applications
 * @param metrics the Prometheus registry the controller's metrics go to; empty for none
 */
public record ControllerConfig(
    Optional<Path> kubeconfig,
    String namespace,
    Path dataDirectory,
    ControllerSettings settings,
    ResourceTracking tracking,
    Optional<PrometheusRegistry> metrics) {

  /**
   * Argo CD's defaults: namespace {@code argocd}, label tracking, 20/10 workers, 120 s + 60 s; no
   * metrics.
   */
  public static ControllerConfig defaults(Optional<Path> kubeconfig, Path dataDirectory) {
    return new ControllerConfig(
        kubeconfig,
        "argocd",
        dataDirectory,
        ControllerSettings.defaults(),
        ResourceTracking.defaults(),
        Optional.empty());
  }

  public ControllerConfig withNamespace(String newNamespace) {
    return new ControllerConfig(
        kubeconfig, newNamespace, dataDirectory, settings, tracking, metrics);
  }

  public ControllerConfig withSettings(ControllerSettings newSettings) {
    return new ControllerConfig(
        kubeconfig, namespace, dataDirectory, newSettings, tracking, metrics);
  }

  /** This configuration registering the controller's metrics on {@code registry}. */
  public ControllerConfig withMetrics(PrometheusRegistry registry) {
    return new ControllerConfig(
        kubeconfig, namespace, dataDirectory, settings, tracking, Optional.of(registry));
  }
}
