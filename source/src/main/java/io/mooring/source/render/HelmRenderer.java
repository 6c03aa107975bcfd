package io.mooring.source.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import io.mooring.engine.resource.ManifestDocument;
import io.mooring.model.ApplicationSourceHelm;
import io.mooring.model.HelmFileParameter;
import io.mooring.model.HelmParameter;
import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import io.mooring.source.SourceFiles;
import io.mooring.source.git.RepoPaths;
import io.mooring.source.render.HelmValueFiles.MissingFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a Helm chart kept in Git with a real Helm (helm-java, which embeds Helm as a native
 * library). The chart directory and its {@code file://} dependencies are copied to a private
 * workspace; value files come only from the repositories (or {@code $ref} sources); values,
 * valuesObject and parameters get the Argo CD build variables substituted.
 */
public final class HelmRenderer implements Renderer {
  private static final Logger LOG = LoggerFactory.getLogger(HelmRenderer.class);
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ExecutorService HELM_CALLS =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "mooring-helm");
            thread.setDaemon(true);
            return thread;
          });

  private final String defaultKubeVersion;

  /** A renderer that reports {@code defaultKubeVersion} when an app sets no kubeVersion. */
  public HelmRenderer(String defaultKubeVersion) {
    this.defaultKubeVersion = defaultKubeVersion;
  }

  @Override
  public List<ManifestDocument> render(RenderInput input) throws SourceException {
    SourceFiles tree = input.files();
    if (!tree.exists(RepoPaths.join(input.path(), "Chart.yaml"))) {
      throw new SourceException(Reason.PATH_NOT_FOUND, "no Chart.yaml in the app path");
    }
    ApplicationSourceHelm helm =
        input.source().helm == null ? new ApplicationSourceHelm() : input.source().helm;
    try (Workspace workspace = Workspace.create()) {
      Path repoCopy = workspace.directory("repo");
      copyChart(tree, input.path(), repoCopy, input.limits(), new HashSet<>());
      Path chart = repoCopy.resolve(input.path());
      TemplateCommand command = new Helm(chart).template();
      command.withName(releaseName(input, helm));
      String namespace =
          helm.namespace != null ? helm.namespace : input.environment().appNamespace();
      if (namespace != null && !namespace.isEmpty()) {
        command.withNamespace(namespace);
      }
      command.withKubeVersion(helm.kubeVersion != null ? helm.kubeVersion : defaultKubeVersion);
      if (Boolean.TRUE.equals(helm.skipCrds)) {
        command.skipCrds();
      }
      if (helm.apiVersions != null && !helm.apiVersions.isEmpty()) {
        LOG.warn(
            "helm.apiVersions is not passed to Helm (helm-java has no --api-versions); app {}",
            input.environment().appName());
      }
      addValues(input, helm, workspace.directory("values"), command);
      String output = call(command, input.limits());
      if (output.length() > input.limits().maxTotalBytes()) {
        throw new SourceException(
            Reason.TOO_LARGE,
            "helm template produced more than " + input.limits().maxTotalBytes() + " bytes");
      }
      return ManifestParsing.parse("helm template " + displayPath(input.path()), output);
    }
  }

  private static String displayPath(String path) {
    return path.isEmpty() ? "." : path;
  }

  private static String releaseName(RenderInput input, ApplicationSourceHelm helm) {
    if (helm.releaseName != null && !helm.releaseName.isBlank()) {
      return helm.releaseName;
    }
    String app = input.environment().appName();
    return app == null || app.isBlank() ? "release" : app;
  }

  private void addValues(
      RenderInput input, ApplicationSourceHelm helm, Path valuesDir, TemplateCommand command)
      throws SourceException {
    int counter = 0;
    MissingFiles missing =
        Boolean.TRUE.equals(helm.ignoreMissingValueFiles) ? MissingFiles.IGNORE : MissingFiles.FAIL;
    if (helm.valueFiles != null) {
      for (String valueFile : helm.valueFiles) {
        Optional<byte[]> content = HelmValueFiles.read(input, valueFile, missing);
        if (content.isPresent()) {
          command.withValuesFile(write(valuesDir, "file-" + counter++ + ".yaml", content.get()));
        }
      }
    }
    Optional<String> inline = inlineValues(helm);
    if (inline.isPresent()) {
      byte[] expanded = input.environment().expand(inline.get()).getBytes(StandardCharsets.UTF_8);
      HelmValueFiles.checkYaml("helm.values", expanded);
      command.withValuesFile(write(valuesDir, "inline.yaml", expanded));
    }
    ObjectNode forcedStrings = YAML.createObjectNode();
    if (helm.parameters != null) {
      for (HelmParameter parameter : helm.parameters) {
        String value = input.environment().expand(parameter.value == null ? "" : parameter.value);
        if (Boolean.TRUE.equals(parameter.forceString)) {
          HelmParameters.setString(forcedStrings, parameter.name, value);
        } else {
          command.set(parameter.name, value);
        }
      }
    }
    if (!forcedStrings.isEmpty()) {
      command.withValuesFile(write(valuesDir, "force-string.yaml", toYaml(forcedStrings)));
    }
    if (helm.fileParameters != null) {
      for (HelmFileParameter file : helm.fileParameters) {
        String path = RepoPaths.resolve(input.path(), input.environment().expand(file.path));
        byte[] content = input.files().read(path, input.limits().maxFileBytes());
        command.setFile(file.name, write(valuesDir, "set-file-" + counter++, content));
      }
    }
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

  private static String call(TemplateCommand command, RenderLimits limits) throws SourceException {
    Future<String> result = HELM_CALLS.submit(command::call);
    try {
      return result.get(limits.toolTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      throw new SourceException(
          Reason.TOOL_TIMEOUT,
          "helm template did not finish within " + limits.toolTimeout().toSeconds() + "s");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new SourceException(
          Reason.TOOL_FAILED, "helm template failed: " + scrub(cause.getMessage()), cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourceException(Reason.TOOL_TIMEOUT, "helm template was interrupted", e);
    }
  }

  private static String scrub(String message) {
    return message == null
        ? "no message"
        : message.replaceAll("/[^\\s:'\"]*mooring-render-[^/\\s]*/repo/?", "");
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
