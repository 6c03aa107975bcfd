package io.mooring.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the suite finds what it launches. */
final class Launch {
  private Launch() {}

  /** The java launcher running this suite. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The packaged CLI; the build sets {@code mooring.jar} (cli/target/mooring.jar). */
  static Path mooringJar() {
    Path jar =
        Path.of(System.getProperty("mooring.jar", "../cli/target/mooring.jar"))
            .toAbsolutePath()
            .normalize();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " is missing: package the CLI first (mvn -B -DskipTests -pl cli -am package)");
    }
    return jar;
  }
}
