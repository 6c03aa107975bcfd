package io.mooring.source.cache;

import io.mooring.source.SourceException;
import io.mooring.source.git.RepoPaths;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The {@code argocd.argoproj.io/manifest-generate-paths} annotation: a semicolon-separated list of
 * paths (relative to the source path, or absolute from the repository root; globs allowed) whose
 * changes require a new render. A commit that changes nothing under them can reuse the previous
 * manifests.
 */
public final class GeneratePaths {
  /** The Application annotation holding the list. */
  public static final String ANNOTATION = "argocd.argoproj.io/manifest-generate-paths";

  private final List<String> directories;
  private final List<PathMatcher> globs;

  private GeneratePaths(List<String> directories, List<PathMatcher> globs) {
    this.directories = directories;
    this.globs = globs;
  }

  /** The paths in {@code annotation} for a source at {@code sourcePath}; empty if none. */
  public static Optional<GeneratePaths> parse(String annotation, String sourcePath)
      throws SourceException {
    if (annotation == null || annotation.isBlank()) {
      return Optional.empty();
    }
    List<String> directories = new ArrayList<>();
    List<PathMatcher> globs = new ArrayList<>();
    for (String raw : annotation.split(";")) {
      String item = raw.trim();
      if (item.isEmpty()) {
        continue;
      }
      String path =
          item.startsWith("/")
              ? RepoPaths.normalize(item.substring(1))
              : RepoPaths.resolve(sourcePath, item);
      if (item.matches(".*[*?\\[{].*")) {
        globs.add(FileSystems.getDefault().getPathMatcher("glob:" + path));
      } else {
        directories.add(path);
      }
    }
    return directories.isEmpty() && globs.isEmpty()
        ? Optional.empty()
        : Optional.of(new GeneratePaths(directories, globs));
  }

  /** Whether any of {@code changedFiles} lies under (or matches) one of the paths. */
  public boolean touchedBy(Collection<String> changedFiles) {
    for (String file : changedFiles) {
      for (String directory : directories) {
        if (RepoPaths.isWithin(file, directory)) {
          return true;
        }
      }
      for (PathMatcher glob : globs) {
        if (glob.matches(Path.of(file)) || matchesParent(glob, file)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matchesParent(PathMatcher glob, String file) {
    String parent = RepoPaths.parent(file);
    while (!parent.isEmpty()) {
      if (glob.matches(Path.of(parent))) {
        return true;
      }
      parent = RepoPaths.parent(parent);
    }
    return false;
  }
}
