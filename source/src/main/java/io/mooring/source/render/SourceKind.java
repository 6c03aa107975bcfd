package io.mooring.source.render;

import io.mooring.model.ApplicationSource;
import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import io.mooring.source.SourceFiles;
import io.mooring.source.git.RepoPaths;
import java.util.ArrayList;
import java.util.List;

/** How a source is rendered, chosen as Argo CD does: an explicit type first, else by its files. */
public enum SourceKind {
  DIRECTORY,
  KUSTOMIZE,
  HELM;

  /**
   * The kind of {@code source} at {@code path}: the one of helm/kustomize/directory that is set
   * (two is an error), else Helm if a Chart.yaml is there, Kustomize if a kustomization is, and a
   * plain directory otherwise.
   */
  public static SourceKind of(ApplicationSource source, SourceFiles tree, String path)
      throws SourceException {
    List<SourceKind> explicit = new ArrayList<>();
    if (source.helm != null) {
      explicit.add(HELM);
    }
    if (source.kustomize != null) {
      explicit.add(KUSTOMIZE);
    }
    if (source.directory != null) {
      explicit.add(DIRECTORY);
    }
    if (explicit.size() > 1) {
      throw new SourceException(
          Reason.INVALID_SOURCE, "multiple source types set: " + explicit + "; choose one");
    }
    if (explicit.size() == 1) {
      return explicit.get(0);
    }
    if (tree.exists(RepoPaths.join(path, "Chart.yaml"))) {
      return HELM;
    }
    for (String name : KustomizeRenderer.KUSTOMIZATION_FILES) {
      if (tree.exists(RepoPaths.join(path, name))) {
        return KUSTOMIZE;
      }
    }
    return DIRECTORY;
  }
}
