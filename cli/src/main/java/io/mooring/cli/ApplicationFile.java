package io.mooring.cli;

import io.mooring.model.Application;
import java.nio.file.Path;

/** Reads the one Application manifest of {@code app create -f FILE}, naming the file on errors. */
final class ApplicationFile {
  private ApplicationFile() {}

  static Application read(Path file) {
    return ManifestFile.read(file, "Application", Application.class);
  }
}
