package io.mooring.source.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One {@code helm template} call, whichever way Helm runs: the chart, what it is rendered as, and
 * its values. Every path lies inside {@code workDirectory}, the render's private workspace.
 *
 * @param workDirectory the workspace: tools run here and helper files are written here
 * @param chart the chart directory
 * @param release release name, namespace, Kubernetes and API versions, CRD handling
 * @param values value files and parameters, in the order Helm applies them
 * @param environment the Argo CD build variables, for a Helm process's environment
 * @param limits how long Helm may run and how much it may print
 */
public record HelmTemplateRequest(
    Path workDirectory,
    Path chart,
    Release release,
    Values values,
    Map<String, String> environment,
    RenderLimits limits) {

  /**
   * What the chart is rendered as.
   *
   * @param name the release name
   * @param namespace the release namespace, "" for Helm's default
   * @param kubeVersion the Kubernetes version the chart sees ({@code .Capabilities.KubeVersion})
   * @param apiVersions extra API versions the chart sees ({@code .Capabilities.APIVersions})
   * @param crds whether the chart's {@code crds/} directory is rendered
   */
  public record Release(
      String name, String namespace, String kubeVersion, List<String> apiVersions, Crds crds) {
    public Release {
      apiVersions = List.copyOf(apiVersions);
    }
  }

  /** Whether the chart's {@code crds/} directory is part of the output. */
  public enum Crds {
    INCLUDE,
    SKIP
  }

  /**
   * Values as Helm layers them: value files ({@code --values}) first, then parameters ({@code
   * --set} / {@code --set-string}), then file parameters ({@code --set-file}).
   */
  public record Values(
      List<Path> files, List<Parameter> parameters, List<FileParameter> fileParameters) {
    public Values {
      files = List.copyOf(files);
      parameters = List.copyOf(parameters);
      fileParameters = List.copyOf(fileParameters);
    }
  }

  /** One {@code name=value} parameter, its value typed by Helm or kept a string. */
  public record Parameter(String name, String value, ParameterType type) {}

  /** {@code --set} (Helm infers the type) or {@code --set-string} (Argo CD's forceString). */
  public enum ParameterType {
    TYPED,
    STRING
  }

  /** One {@code --set-file name=file} parameter. */
  public record FileParameter(String name, Path file) {}
}
