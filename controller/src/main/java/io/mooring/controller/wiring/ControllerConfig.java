package io.mooring.controller.wiring;

import io.mooring.controller.runtime.ControllerSettings;
import io.mooring.kube.cache.ResourceTracking;
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
 */
public record ControllerConfig(
    Optional<Path> kubeconfig,
    String namespace,
    Path dataDirectory,
    ControllerSettings settings,
    ResourceTracking tracking) {

  /** Argo CD's defaults: namespace {@code argocd}, label tracking, 20/10 workers, 120 s + 60 s. */
  public static ControllerConfig defaults(Optional<Path> kubeconfig, Path dataDirectory) {
    return new ControllerConfig(
        kubeconfig,
        "argocd",
        dataDirectory,
        ControllerSettings.defaults(),
        ResourceTracking.defaults());
  }

  public ControllerConfig withNamespace(String newNamespace) {
    return new ControllerConfig(kubeconfig, newNamespace, dataDirectory, settings, tracking);
  }

  public ControllerConfig withSettings(ControllerSettings newSettings) {
    return new ControllerConfig(kubeconfig, namespace, dataDirectory, newSettings, tracking);
  }
}
