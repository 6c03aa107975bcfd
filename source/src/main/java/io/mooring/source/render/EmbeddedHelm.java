package io.mooring.source.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import io.mooring.source.render.HelmTemplateRequest.FileParameter;
import io.mooring.source.render.HelmTemplateRequest.Parameter;
import io.mooring.source.render.HelmTemplateRequest.ParameterType;
import io.mooring.source.render.HelmTemplateRequest.Release;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@code helm template} in process with helm-java (Helm embedded as a native library). It has
 * no {@code --api-versions} (ignored, with a warning) and no {@code --set-string} (forceString
 * parameters become a values file of strings). After each call SIGINT, SIGTERM and SIGQUIT are
 * handed back to the JVM, which Helm's Go runtime takes for itself ({@link TerminationSignals},
 * {@link QuitSignal}).
 */
public final class EmbeddedHelm implements HelmRendering {
  /** The warning a render carries when it sets apiVersions that embedded Helm cannot pass on. */
  public static final String API_VERSIONS_IGNORED =
      "source.helm.apiVersions needs a helm binary on PATH (set " + HELM_VARIABLE + "); ignored";

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedHelm.class);
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static {
    // before Helm's Go runtime first runs and takes SIGQUIT (see QuitSignal)
    QuitSignal.remember();
  }

  private static final ExecutorService HELM_CALLS =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "mooring-helm");
            thread.setDaemon(true);
            return thread;
          });

  @Override
  public String template(HelmTemplateRequest request) throws SourceException {
    Release release = request.release();
    TemplateCommand command = new Helm(request.chart()).template();
    command.withName(release.name());
    if (!release.namespace().isEmpty()) {
      command.withNamespace(release.namespace());
    }
    command.withKubeVersion(release.kubeVersion());
    if (release.crds() == HelmTemplateRequest.Crds.SKIP) {
      command.skipCrds();
    }
    if (!release.apiVersions().isEmpty()) {
      LOG.warn(
          "helm.apiVersions of app {} ignored: helm-java has no --api-versions; set {}",
          request.environment().get("ARGOCD_APP_NAME"),
          HELM_VARIABLE);
    }
    request.values().files().forEach(command::withValuesFile);
    ObjectNode forcedStrings = YAML.createObjectNode();
    for (Parameter parameter : request.values().parameters()) {
      if (parameter.type() == ParameterType.STRING) {
        HelmParameters.setString(forcedStrings, parameter.name(), parameter.value());
      } else {
        command.set(parameter.name(), parameter.value());
      }
    }
    if (!forcedStrings.isEmpty()) {
      command.withValuesFile(writeYaml(request.workDirectory(), forcedStrings));
    }
    for (FileParameter file : request.values().fileParameters()) {
      command.setFile(file.name(), file.file());
    }
    return call(command, request.limits());
  }

  private static String callThenHandBackSignals(TemplateCommand command) {
    try {
      return command.call();
    } finally {
      TerminationSignals.handBackToTheJvm();
      QuitSignal.handBackToTheJvm();
    }
  }

  @Override
  public List<String> warnings(Release release) {
    return release.apiVersions().isEmpty() ? List.of() : List.of(API_VERSIONS_IGNORED);
  }

  private static Path writeYaml(Path directory, ObjectNode values) throws SourceException {
    try {
      return Files.write(directory.resolve("force-string.yaml"), YAML.writeValueAsBytes(values));
    } catch (IOException e) {
      throw new SourceException(
          Reason.IO, "could not write the forceString values: " + e.getMessage(), e);
    }
  }

  private static String call(TemplateCommand command, RenderLimits limits) throws SourceException {
    Future<String> result = HELM_CALLS.submit(() -> callThenHandBackSignals(command));
    try {
      return result.get(limits.toolTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      throw new SourceException(
          Reason.TOOL_TIMEOUT,
          "helm template did not finish within " + limits.toolTimeout().toSeconds() + "s");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      String message = cause.getMessage() == null ? "no message" : cause.getMessage();
      throw new SourceException(Reason.TOOL_FAILED, "helm template failed: " + message, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourceException(Reason.TOOL_TIMEOUT, "helm template was interrupted", e);
    }
  }
}
