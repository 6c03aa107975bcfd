package io.mooring.source.render;

import io.mooring.source.SourceException;
import java.util.List;
import java.util.Map;

/**
 * How {@code helm template} runs: as a {@code helm} binary (every option, including {@code
 * --api-versions}) or embedded in process through helm-java. Chosen once, by {@link
 * #fromEnvironment}.
 */
public sealed interface HelmRendering permits EmbeddedHelm, HelmBinary {
  /** The environment variable naming the helm binary to use (a path, or a name on PATH). */
  String HELM_VARIABLE = "MOORING_HELM";

  /** Runs {@code helm template} and returns what it printed (multi-document YAML). */
  String template(HelmTemplateRequest request) throws SourceException;

  /** User-facing warnings about options of {@code release} this Helm cannot honour. */
  List<String> warnings(HelmTemplateRequest.Release release);

  /**
   * The binary {@code MOORING_HELM} names, else {@code helm} on PATH, else embedded Helm.
   *
   * @throws IllegalStateException if {@code MOORING_HELM} is set but names no executable file
   */
  static HelmRendering fromEnvironment(Map<String, String> environment) {
    String searchPath = environment.get("PATH");
    String configured = environment.get(HELM_VARIABLE);
    if (configured != null && !configured.isBlank()) {
      return Executables.find(configured.strip(), searchPath)
          .map(HelmBinary::new)
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      HELM_VARIABLE
                          + "="
                          + configured
                          + " names no executable file (give a path or a name on PATH)"));
    }
    return Executables.find("helm", searchPath)
        .<HelmRendering>map(HelmBinary::new)
        .orElseGet(EmbeddedHelm::new);
  }
}
