package io.mooring.source;

import com.marcnuri.helm.Helm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Packages small charts with a real Helm (helm-java's {@code helm package}) for repository tests.
 */
final class HelmCharts {
  private HelmCharts() {}

  /**
   * Packages chart {@code name} at {@code version} whose files (path → content, Chart.yaml added)
   * are given, under {@code workDir}; returns the .tgz bytes.
   */
  static byte[] packaged(Path workDir, String name, String version, Map<String, String> files) {
    try {
      Path chart = workDir.resolve("src-" + name + "-" + version).resolve(name);
      Files.createDirectories(chart.resolve("templates"));
      Files.writeString(
          chart.resolve("Chart.yaml"),
          "apiVersion: v2\nname: " + name + "\nversion: " + version + "\n");
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path target = chart.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue());
      }
      Path out = Files.createDirectories(workDir.resolve("packages"));
      new Helm(chart).packageIt().withDestination(out).call();
      return Files.readAllBytes(out.resolve(name + "-" + version + ".tgz"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
