package io.mooring.source.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mooring.model.ApplicationSourceHelm;
import io.mooring.model.HelmFileParameter;
import io.mooring.model.HelmParameter;
import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import io.mooring.source.SourceFiles;
import io.mooring.source.git.RepoPaths;
import io.mooring.source.render.HelmTemplateRequest.Crds;
import io.mooring.source.render.HelmTemplateRequest.FileParameter;
import io.mooring.source.render.HelmTemplateRequest.Parameter;
import io.mooring.source.render.HelmTemplateRequest.ParameterType;
import io.mooring.source.render.HelmTemplateRequest.Release;
import io.mooring.source.render.HelmTemplateRequest.Values;
import io.mooring.source.render.HelmValueFiles.MissingFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Renders a Helm chart kept in Git (or unpacked from a Helm repository) with a real Helm, run the
 * way its {@link HelmRendering} says. The chart directory and its {@code file://} dependencies are
 * copied to a private workspace; value files come only from the repositories (or {@code $ref}
 * sources); values, valuesObject and parameters get the Argo CD build variables substituted.
 */
public final class HelmRenderer implements Renderer {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final HelmRendering helm;
  private final String defaultKubeVersion;

  /**
   * A renderer running Helm as {@code helm} says, reporting {@code defaultKubeVersion} when an app
   * sets no kubeVersion.
   */
  public HelmRenderer(HelmRendering helm, String defaultKubeVersion) {
    this.helm = helm;
    this.defaultKubeVersion = defaultKubeVersion;
  }

  @Override
  public RenderOutput render(RenderInput input) throws SourceException {
    SourceFiles tree = input.files();
    if (!tree.exists(RepoPaths.join(input.path(), "Chart.yaml"))) {
      throw new SourceException(Reason.PATH_NOT_FOUND, "no Chart.yaml in the app path");
    }
    ApplicationSourceHelm options =
        input.source().helm == null ? new ApplicationSourceHelm() : input.source().helm;
    try (Workspace workspace = Workspace.create()) {
      Path repoCopy = workspace.directory("repo");
      copyChart(tree, input.path(), repoCopy, input.limits(), new HashSet<>());
      HelmTemplateRequest request =
          new HelmTemplateRequest(
              workspace.root(),
              repoCopy.resolve(input.path()),
              release(input, options),
              values(input, options, workspace.directory("values")),
              input.environment().variables(),
              input.limits());
      String output = helm.template(request);
      if (output.length() > input.limits().maxTotalBytes()) {
        throw new SourceException(
            Reason.TOO_LARGE,
            "helm template produced more than " + input.limits().maxTotalBytes() + " bytes");
      }
      return new RenderOutput(
          ManifestParsing.parse("helm template " + displayPath(input.path()), output),
          helm.warnings(request.release()));
    } catch (SourceException e) {
      throw Workspace.withoutWorkspacePaths(e);
    }
  }

  private static String displayPath(String path) {
    return path.isEmpty() ? "." : path;
  }

  private Release release(RenderInput input, ApplicationSourceHelm options) {
    String namespace =
        options.namespace != null ? options.namespace : input.environment().appNamespace();
    return new Release(
        releaseName(input, options),
        namespace == null ? "" : namespace,
        options.kubeVersion != null ? options.kubeVersion : defaultKubeVersion,
        options.apiVersions == null ? List.of() : options.apiVersions,
        Boolean.TRUE.equals(options.skipCrds) ? Crds.SKIP : Crds.INCLUDE);
  }

  private static String releaseName(RenderInput input, ApplicationSourceHelm options) {
    if (options.releaseName != null && !options.releaseName.isBlank()) {
      return options.releaseName;
    }
    String app = input.environment().appName();
    return app == null || app.isBlank() ? "release" : app;
  }

  /** Value files, then inline values, then parameters, then file parameters (Argo CD's order). */
  private static Values values(RenderInput input, ApplicationSourceHelm options, Path valuesDir)
      throws SourceException {
    int counter = 0;
    List<Path> files = new ArrayList<>();
    MissingFiles missing =
        Boolean.TRUE.equals(options.ignoreMissingValueFiles)
            ? MissingFiles.IGNORE
            : MissingFiles.FAIL;
    if (options.valueFiles != null) {
      for (String valueFile : options.valueFiles) {
        Optional<byte[]> content = HelmValueFiles.read(input, valueFile, missing);
        if (content.isPresent()) {
          files.add(write(valuesDir, "file-" + counter++ + ".yaml", content.get()));
        }
      }
    }
    Optional<String> inline = inlineValues(options);
    if (inline.isPresent()) {
      byte[] expanded = input.environment().expand(inline.get()).getBytes(StandardCharsets.UTF_8);
      HelmValueFiles.checkYaml("helm.values", expanded);
      files.add(write(valuesDir, "inline.yaml", expanded));
    }
    List<Parameter> parameters = new ArrayList<>();
    if (options.parameters != null) {
      for (HelmParameter parameter : options.parameters) {
        String value = input.environment().expand(parameter.value == null ? "" : parameter.value);
        ParameterType type =
            Boolean.TRUE.equals(parameter.forceString) ? ParameterType.STRING : ParameterType.TYPED;
        parameters.add(new Parameter(parameter.name, value, type));
      }
    }
    List<FileParameter> fileParameters = new ArrayList<>();
    if (options.fileParameters != null) {
      for (HelmFileParameter file : options.fileParameters) {
        String path = RepoPaths.resolve(input.path(), input.environment().expand(file.path));
        byte[] content = input.files().read(path, input.limits().maxFileBytes());
        fileParameters.add(
            new FileParameter(file.name, write(valuesDir, "set-file-" + counter++, content)));
      }
    }
    return new Values(files, parameters, fileParameters);
  }

  private static Optional<String> inlineValues(ApplicationSourceHelm helm) throws SourceException {
    if (helm.valuesObject != null) {
      return Optional.of(
          new String(toYaml(YAML.valueToTree(helm.valuesObject)), StandardCharsets.UTF_8));
    }
    if (helm.values != null && !helm.values.isBlank()) {
      return Optional.of(helm.values);
    }
    return Optional.empty();
  }

  private static byte[] toYaml(JsonNode node) throws SourceException {
    try {
      return YAML.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new SourceException(Reason.IO, e.getMessage(), e);
    }
  }

  private static Path write(Path directory, String name, byte[] content) throws SourceException {
    try {
      return Files.write(directory.resolve(name), content);
    } catch (IOException e) {
      throw new SourceException(Reason.IO, "could not write " + name + ": " + e.getMessage(), e);
    }
  }

  /** Copies the chart and, transitively, its {@code file://} dependencies inside the repository. */
  private static void copyChart(
      SourceFiles tree, String chartPath, Path repoCopy, RenderLimits limits, Set<String> copied)
      throws SourceException {
    if (!copied.add(chartPath)) {
      return;
    }
    tree.materialize(chartPath, repoCopy, limits.maxTotalBytes());
    JsonNode chart;
    try {
      chart =
          YAML.readTree(tree.read(RepoPaths.join(chartPath, "Chart.yaml"), limits.maxFileBytes()));
    } catch (IOException e) {
      throw new SourceException(
          Reason.INVALID_MANIFEST, chartPath + "/Chart.yaml: " + e.getMessage(), e);
    }
    if (chart == null) {
      return;
    }
    for (JsonNode dependency : chart.path("dependencies")) {
      String repository = dependency.path("repository").asText("");
      if (repository.startsWith("file://")) {
        String target = RepoPaths.resolve(chartPath, repository.substring("file://".length()));
        if (!RepoPaths.isWithin(target, chartPath) && tree.isDirectory(target)) {
          copyChart(tree, target, repoCopy, limits, copied);
        }
      }
    }
  }
}
