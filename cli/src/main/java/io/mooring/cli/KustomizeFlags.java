package io.mooring.cli;

import io.mooring.model.ApplicationSource;
import io.mooring.model.ApplicationSourceKustomize;
import io.mooring.model.ApplicationSpec;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Kustomize image overrides and name prefix/suffix of the source. */
final class KustomizeFlags {
  @Option(
      names = "--kustomize-image",
      paramLabel = "IMAGE",
      description =
          "An image override, as kustomize edit set image: nginx:1.27, nginx=my/nginx:1.27 or"
              + " nginx@sha256:… (repeatable; replaces one for the same image).")
  List<String> images = new ArrayList<>();

  @Option(names = "--name-prefix", paramLabel = "PREFIX", description = "Kustomize namePrefix.")
  String namePrefix;

  @Option(names = "--name-suffix", paramLabel = "SUFFIX", description = "Kustomize nameSuffix.")
  String nameSuffix;

  void applyTo(ApplicationSpec spec) {
    if (images.isEmpty() && namePrefix == null && nameSuffix == null) {
      return;
    }
    ApplicationSource source =
        SingleSource.of(spec, "--kustomize-image, --name-prefix and --name-suffix");
    if (source.kustomize == null) {
      source.kustomize = new ApplicationSourceKustomize();
    }
    ApplicationSourceKustomize kustomize = source.kustomize;
    for (String image : images) {
      List<String> kept = new ArrayList<>();
      if (kustomize.images != null) {
        kustomize.images.stream()
            .filter(i -> !imageName(i).equals(imageName(image)))
            .forEach(kept::add);
      }
      kept.add(image);
      kustomize.images = kept;
    }
    if (namePrefix != null) {
      kustomize.namePrefix = namePrefix;
    }
    if (nameSuffix != null) {
      kustomize.nameSuffix = nameSuffix;
    }
  }

  /**
   * The image an override is for: the part before {@code =}, else before the tag or digest ({@code
   * registry:5000/nginx:1.27} → {@code registry:5000/nginx}).
   */
  static String imageName(String override) {
    int equals = override.indexOf('=');
    if (equals >= 0) {
      return override.substring(0, equals);
    }
    int at = override.indexOf('@');
    String withoutDigest = at >= 0 ? override.substring(0, at) : override;
    int colon = withoutDigest.lastIndexOf(':');
    return colon > withoutDigest.lastIndexOf('/')
        ? withoutDigest.substring(0, colon)
        : withoutDigest;
  }
}
