package io.mooring.cli;

import io.mooring.model.ApplicationSource;
import io.mooring.model.ApplicationSourceHelm;
import io.mooring.model.ApplicationSourceKustomize;
import io.mooring.model.ApplicationSpec;
import io.mooring.model.ModelCodec;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** What {@code app unset} removes from the spec. */
final class UnsetFlags {
  @Option(
      names = {"-p", "--parameter"},
      paramLabel = "NAME",
      description = "Remove this Helm parameter (repeatable).")
  List<String> parameters = new ArrayList<>();

  @Option(
      names = "--values",
      paramLabel = "FILE",
      description = "Remove this Helm values file (repeatable).")
  List<String> valueFiles = new ArrayList<>();

  @Option(
      names = "--kustomize-image",
      paramLabel = "IMAGE",
      description = "Remove the override of this image, e.g. nginx (repeatable).")
  List<String> images = new ArrayList<>();

  @Option(names = "--name-prefix", description = "Remove the Kustomize namePrefix.")
  boolean namePrefix;

  @Option(names = "--name-suffix", description = "Remove the Kustomize nameSuffix.")
  boolean nameSuffix;

  @Option(
      names = "--automated",
      description = "Turn automated sync off (removes spec.syncPolicy.automated).")
  boolean automated;

  boolean any() {
    return !parameters.isEmpty()
        || !valueFiles.isEmpty()
        || !images.isEmpty()
        || namePrefix
        || nameSuffix
        || automated;
  }

  void applyTo(ApplicationSpec spec) {
    if (automated && spec.syncPolicy != null) {
      spec.syncPolicy.automated = null;
    }
    if (parameters.isEmpty()
        && valueFiles.isEmpty()
        && images.isEmpty()
        && !namePrefix
        && !nameSuffix) {
      return;
    }
    ApplicationSource source = SingleSource.of(spec, "--parameter, --values, --kustomize-image");
    unsetHelm(source);
    unsetKustomize(source);
  }

  private void unsetHelm(ApplicationSource source) {
    ApplicationSourceHelm helm = source.helm;
    if (helm == null) {
      return;
    }
    if (helm.parameters != null) {
      helm.parameters.removeIf(p -> parameters.contains(p.name));
      helm.parameters = helm.parameters.isEmpty() ? null : helm.parameters;
    }
    if (helm.valueFiles != null) {
      helm.valueFiles.removeIf(valueFiles::contains);
      helm.valueFiles = helm.valueFiles.isEmpty() ? null : helm.valueFiles;
    }
    if (ModelCodec.toTree(helm).isEmpty()) {
      source.helm = null;
    }
  }

  private void unsetKustomize(ApplicationSource source) {
    ApplicationSourceKustomize kustomize = source.kustomize;
    if (kustomize == null) {
      return;
    }
    if (kustomize.images != null) {
      kustomize.images.removeIf(i -> images.contains(KustomizeFlags.imageName(i)));
      kustomize.images = kustomize.images.isEmpty() ? null : kustomize.images;
    }
    if (namePrefix) {
      kustomize.namePrefix = null;
    }
    if (nameSuffix) {
      kustomize.nameSuffix = null;
    }
    if (ModelCodec.toTree(kustomize).isEmpty()) {
      source.kustomize = null;
    }
  }
}
