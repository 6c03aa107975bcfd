package io.mooring.demo;

import io.mooring.source.SourceException;
import io.mooring.source.render.EmbeddedHelm;
import io.mooring.source.render.HelmRendering;
import io.mooring.source.render.HelmTemplateRequest;
import io.mooring.source.render.RenderLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads embedded Helm while the cluster starts: its first {@code helm template} loads a native
 * library and starts a Go runtime (about half a second), which the demo's first real render — the
 * Helm example — would otherwise wait for. With a helm binary (MOORING_HELM or helm on PATH)
 * nothing is loaded and nothing needs doing. (That Ctrl-C and SIGTERM still work after Helm ran is
 * {@link EmbeddedHelm}'s business.)
 */
final class EmbeddedHelmWarmUp {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedHelmWarmUp.class);
  private static final String CHART = "apiVersion: v2\nname: warm-up\nversion: 0.1.0\n";
  private static final String TEMPLATE =
      "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n";

  private EmbeddedHelmWarmUp() {}

  /** Renders a tiny chart once in {@code workDirectory} if rendering uses embedded Helm. */
  static void run(Path workDirectory) {
    HelmRendering helm;
    try {
      helm = HelmRendering.fromEnvironment(System.getenv());
    } catch (IllegalStateException e) {
      return; // the server reports a wrong MOORING_HELM itself
    }
    if (!(helm instanceof EmbeddedHelm)) {
      return;
    }
    try {
      Path chart = Files.createDirectories(workDirectory.resolve("templates")).getParent();
      Files.writeString(chart.resolve("Chart.yaml"), CHART);
      Files.writeString(chart.resolve("templates/config.yaml"), TEMPLATE);
      helm.template(
          new HelmTemplateRequest(
              chart,
              chart,
              new HelmTemplateRequest.Release(
                  "warm-up", "", "v1.32.0", List.of(), HelmTemplateRequest.Crds.INCLUDE),
              new HelmTemplateRequest.Values(List.of(), List.of(), List.of()),
              Map.of(),
              RenderLimits.defaults()));
    } catch (IOException | SourceException e) {
      LOG.warn("embedded Helm did not render its warm-up chart: {}", e.getMessage());
    }
  }
}
