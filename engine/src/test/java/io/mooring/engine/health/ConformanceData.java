package io.mooring.engine.health;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds Argo CD's conformance corpus: {@code shared/conformance} beside the repository. */
final class ConformanceData {
  private ConformanceData() {}

  /** {@code shared/conformance/<relative>}, found by walking up from the working directory. */
  static Path resolve(String relative) {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("conformance");
      if (Files.isDirectory(candidate)) {
        return candidate.resolve(relative);
      }
    }
    throw new IllegalStateException(
        "conformance corpus not found: no shared/conformance directory beside "
            + start
            + " or any of its parents (expected a checkout with shared/ next to it)");
  }
}
