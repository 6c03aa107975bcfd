package io.mooring.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.ManifestDocument;
import io.mooring.model.Application;
import io.mooring.model.ApplicationSource;
import io.mooring.source.GeneratorSettings;
import io.mooring.source.ManifestGenerator;
import io.mooring.source.SourceException;
import io.mooring.source.SourceFiles;
import io.mooring.source.render.BuildEnvironment;
import io.mooring.source.render.RenderInput;
import io.mooring.source.render.RenderLimits;
import io.mooring.source.render.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Renders an Application's source from a working copy on disk with the source module's own
 * renderers (directory, Kustomize or Helm, chosen as the controller chooses), for {@code app diff
 * --local}: the app's source settings (Helm values and parameters, Kustomize images, directory
 * recursion) apply, its path is the local directory.
 *
 * @param directory the directory to render (what the source's path would be)
 * @param repoRoot the working copy's root, for files the render reaches above the directory
 */
record LocalRender(Path directory, Path repoRoot) {

  List<ObjectNode> render(Application app) throws SourceException, IOException {
    ApplicationSource source = onlyGitSource(app);
    if (!Files.isDirectory(directory)) {
      throw new FlagException("--local " + directory + ": no such directory");
    }
    if (!Files.isDirectory(repoRoot)) {
      throw new FlagException("--local-repo-root " + repoRoot + ": no such directory");
    }
    Path root = repoRoot.toRealPath();
    Path path = directory.toRealPath();
    if (!path.startsWith(root)) {
      throw new FlagException(
          "--local " + directory + " is not inside --local-repo-root " + repoRoot);
    }
    String relative = root.relativize(path).toString().replace('\\', '/');
    SourceFiles files = new LocalSourceFiles(root);
    Path cache = Files.createTempDirectory("mooring-diff-");
    try {
      GeneratorSettings settings = GeneratorSettings.defaults(cache);
      SourceKind kind = SourceKind.of(source, files, relative);
      BuildEnvironment environment =
          new BuildEnvironment(
              app.metadata.name,
              app.spec.destination == null
                  ? ""
                  : Objects.requireNonNullElse(app.spec.destination.namespace, ""),
              Objects.requireNonNullElse(app.spec.project, "default"),
              "local",
              relative,
              Objects.requireNonNullElse(source.repoURL, ""),
              Objects.requireNonNullElse(source.targetRevision, ""));
      RenderInput input =
          new RenderInput(source, relative, files, Map.of(), environment, RenderLimits.defaults());
      List<ObjectNode> objects = new ArrayList<>();
      for (ManifestDocument document :
          ManifestGenerator.standardRenderers(settings).get(kind).render(input).documents()) {
        objects.add(document.object());
      }
      return objects;
    } finally {
      try (Stream<Path> paths = Files.walk(cache)) {
        for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(each);
        }
      }
    }
  }

  private static ApplicationSource onlyGitSource(Application app) {
    List<ApplicationSource> sources =
        app.spec.sources != null && !app.spec.sources.isEmpty()
            ? app.spec.sources
            : app.spec.source == null ? List.of() : List.of(app.spec.source);
    if (sources.size() != 1) {
      throw new FlagException(
          "--local renders one source; application '"
              + app.metadata.name
              + "' has "
              + sources.size());
    }
    ApplicationSource source = sources.get(0);
    if (source.chart != null && !source.chart.isBlank()) {
      throw new FlagException(
          "--local renders a Git working copy; application '"
              + app.metadata.name
              + "' deploys chart "
              + source.chart
              + " from a Helm repository");
    }
    return source;
  }
}
