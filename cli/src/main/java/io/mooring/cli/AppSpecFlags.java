package io.mooring.cli;

import io.mooring.model.ApplicationSpec;
import picocli.CommandLine.Mixin;

/**
 * The spec flags {@code app create} and {@code app set} share, in argocd's names: source,
 * destination and project, sync policy, Helm and Kustomize settings.
 */
final class AppSpecFlags {
  @Mixin SourceFlags source;
  @Mixin DestinationFlags destination;
  @Mixin SyncPolicyFlags syncPolicy;
  @Mixin HelmFlags helm;
  @Mixin KustomizeFlags kustomize;

  /** Applies every flag given to {@code spec}; flags not given leave it as it is. */
  void applyTo(ApplicationSpec spec) {
    source.applyTo(spec);
    destination.applyTo(spec);
    syncPolicy.applyTo(spec);
    helm.applyTo(spec);
    kustomize.applyTo(spec);
  }
}
