package io.mooring.source.render;

import io.mooring.source.SourceException;
import io.mooring.source.render.HelmTemplateRequest.FileParameter;
import io.mooring.source.render.HelmTemplateRequest.Parameter;
import io.mooring.source.render.HelmTemplateRequest.ParameterType;
import io.mooring.source.render.HelmTemplateRequest.Release;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code helm template} as a {@code helm} process, with the render's timeout and the Argo CD
 * build variables in its environment. Honours every option, {@code --api-versions} included.
 *
 * @param executable the helm binary
 */
public record HelmBinary(Path executable) implements HelmRendering {

  @Override
  public String template(HelmTemplateRequest request) throws SourceException {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(arguments(request));
    ToolRunner runner =
        new ToolRunner(request.limits().toolTimeout(), request.limits().maxTotalBytes());
    return runner.run(
        new ToolRunner.Invocation(command, request.workDirectory(), request.environment()));
  }

  @Override
  public List<String> warnings(Release release) {
    return List.of();
  }

  /**
   * The arguments after the executable, paths relative to the work directory: {@code template
   * RELEASE ./CHART}, then namespace, Kubernetes version, CRDs, value files, parameters, file
   * parameters and API versions.
   */
  static List<String> arguments(HelmTemplateRequest request) {
    Release release = request.release();
    List<String> args = new ArrayList<>();
    args.add("template");
    args.add(release.name());
    args.add("./" + relative(request, request.chart()));
    if (!release.namespace().isEmpty()) {
      args.add("--namespace");
      args.add(release.namespace());
    }
    args.add("--kube-version");
    args.add(release.kubeVersion());
    if (release.crds() == HelmTemplateRequest.Crds.INCLUDE) {
      args.add("--include-crds");
    }
    for (Path file : request.values().files()) {
      args.add("--values");
      args.add(relative(request, file));
    }
    for (Parameter parameter : request.values().parameters()) {
      args.add(parameter.type() == ParameterType.STRING ? "--set-string" : "--set");
      args.add(parameter.name() + "=" + escapeCommas(parameter.value()));
    }
    for (FileParameter file : request.values().fileParameters()) {
      args.add("--set-file");
      args.add(file.name() + "=" + relative(request, file.file()));
    }
    for (String apiVersion : release.apiVersions()) {
      args.add("--api-versions");
      args.add(apiVersion);
    }
    return args;
  }

  private static String relative(HelmTemplateRequest request, Path path) {
    String relative = request.workDirectory().relativize(path).toString();
    return relative.isEmpty() ? "." : relative;
  }

  /**
   * A parameter value as one Helm {@code --set} item: commas escaped, as Argo CD does, unless the
   * value is a {@code {a,b}} list.
   */
  static String escapeCommas(String value) {
    if (value.startsWith("{") && value.endsWith("}")) {
      return value;
    }
    StringBuilder escaped = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' && (i == 0 || value.charAt(i - 1) != '\\')) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
