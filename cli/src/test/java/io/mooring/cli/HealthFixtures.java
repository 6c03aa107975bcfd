package io.mooring.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The engine's health fixtures ({@code engine/src/test/resources/health}), shared with the CLI. */
final class HealthFixtures {
  private HealthFixtures() {}

  static Path path(String relative) {
    Path root = Path.of("..", "engine", "src", "test", "resources", "health");
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException(
          "health fixtures not found at " + root.toAbsolutePath() + " (run from the cli module)");
    }
    return root.resolve(relative);
  }
}
