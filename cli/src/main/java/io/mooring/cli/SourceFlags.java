package io.mooring.cli;

import io.mooring.model.ApplicationSource;
import io.mooring.model.ApplicationSourceDirectory;
import io.mooring.model.ApplicationSpec;
import picocli.CommandLine.Option;

/** Where the source is: {@code --repo}, {@code --path}, {@code --revision}, directory recursion. */
final class SourceFlags {
  @Option(
      names = "--repo",
      paramLabel = "URL",
      description = "Repository URL (spec.source.repoURL).")
  String repo;

  @Option(
      names = "--path",
      paramLabel = "PATH",
      description = "Path in the repository (spec.source.path).")
  String path;

  @Option(
      names = "--revision",
      paramLabel = "REV",
      description = "Branch, tag or commit to follow (spec.source.targetRevision).")
  String revision;

  @Option(
      names = "--directory-recurse",
      arity = "0..1",
      fallbackValue = "true",
      paramLabel = "BOOL",
      description = "Read the directory's subdirectories too (spec.source.directory.recurse).")
  Boolean directoryRecurse;

  void applyTo(ApplicationSpec spec) {
    if (repo == null && path == null && revision == null && directoryRecurse == null) {
      return;
    }
    ApplicationSource source =
        SingleSource.of(spec, "--repo, --path, --revision and --directory-recurse");
    if (repo != null) {
      source.repoURL = repo;
    }
    if (path != null) {
      source.path = path;
    }
    if (revision != null) {
      source.targetRevision = revision;
    }
    if (directoryRecurse != null) {
      if (source.directory == null) {
        source.directory = new ApplicationSourceDirectory();
      }
      source.directory.recurse = directoryRecurse ? Boolean.TRUE : null;
    }
  }
}
