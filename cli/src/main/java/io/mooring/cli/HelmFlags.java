package io.mooring.cli;

import io.mooring.model.ApplicationSource;
import io.mooring.model.ApplicationSourceHelm;
import io.mooring.model.ApplicationSpec;
import io.mooring.model.HelmParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Helm parameters, value files and release name of the source. */
final class HelmFlags {
  @Option(
      names = "--helm-set",
      paramLabel = "KEY=VALUE",
      description = "A Helm parameter, as helm --set (repeatable; replaces one of the same name).")
  List<String> set = new ArrayList<>();

  @Option(
      names = "--helm-set-string",
      paramLabel = "KEY=VALUE",
      description = "A Helm parameter kept a string, as helm --set-string (repeatable).")
  List<String> setString = new ArrayList<>();

  @Option(
      names = "--values",
      paramLabel = "FILE",
      description = "A values file in the repository, relative to the path (repeatable).")
  List<String> valueFiles = new ArrayList<>();

  @Option(names = "--release-name", paramLabel = "NAME", description = "The Helm release name.")
  String releaseName;

  void applyTo(ApplicationSpec spec) {
    if (set.isEmpty() && setString.isEmpty() && valueFiles.isEmpty() && releaseName == null) {
      return;
    }
    ApplicationSource source =
        SingleSource.of(spec, "--helm-set, --helm-set-string, --values and --release-name");
    if (source.helm == null) {
      source.helm = new ApplicationSourceHelm();
    }
    ApplicationSourceHelm helm = source.helm;
    for (String parameter : set) {
      put(helm, KeyValues.parse("--helm-set", parameter), null);
    }
    for (String parameter : setString) {
      put(helm, KeyValues.parse("--helm-set-string", parameter), Boolean.TRUE);
    }
    for (String file : valueFiles) {
      if (helm.valueFiles == null) {
        helm.valueFiles = new ArrayList<>();
      }
      if (!helm.valueFiles.contains(file)) {
        helm.valueFiles.add(file);
      }
    }
    if (releaseName != null) {
      helm.releaseName = releaseName;
    }
  }

  private static void put(
      ApplicationSourceHelm helm, Map.Entry<String, String> entry, Boolean forceString) {
    List<HelmParameter> parameters = new ArrayList<>();
    if (helm.parameters != null) {
      helm.parameters.stream().filter(p -> !entry.getKey().equals(p.name)).forEach(parameters::add);
    }
    HelmParameter parameter = new HelmParameter();
    parameter.name = entry.getKey();
    parameter.value = entry.getValue();
    parameter.forceString = forceString;
    parameters.add(parameter);
    helm.parameters = parameters;
  }
}
