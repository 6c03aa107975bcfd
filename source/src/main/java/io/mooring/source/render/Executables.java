package io.mooring.source.render;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds an external tool the way a shell would: a path as given, a bare name on PATH. */
final class Executables {
  private Executables() {}

  /**
   * The executable {@code name} names: itself when it contains a slash, else the first match in the
   * directories of {@code searchPath} (a PATH value, possibly null).
   */
  static Optional<Path> find(String name, String searchPath) {
    if (name.contains("/")) {
      Path candidate = Path.of(name);
      return isExecutableFile(candidate) ? Optional.of(candidate) : Optional.empty();
    }
    if (searchPath == null) {
      return Optional.empty();
    }
    for (String dir : searchPath.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (isExecutableFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static boolean isExecutableFile(Path candidate) {
    return Files.isRegularFile(candidate) && Files.isExecutable(candidate);
  }
}
