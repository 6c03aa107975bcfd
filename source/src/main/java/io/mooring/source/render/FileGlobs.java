package io.mooring.source.render;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Argo CD's directory include/exclude patterns: a glob such as {@code *.yaml} or {@code
 * {a.yaml,b/*.yml}} matched against a file's path relative to the source path; a pattern without a
 * {@code /} also matches the bare file name in any subdirectory.
 */
final class FileGlobs {
  private final String pattern;
  private final List<PathMatcher> matchers;

  private FileGlobs(String pattern, List<PathMatcher> matchers) {
    this.pattern = pattern;
    this.matchers = matchers;
  }

  /** Globs from a pattern; a null or blank pattern matches nothing. */
  static FileGlobs of(String pattern) {
    if (pattern == null || pattern.isBlank()) {
      return new FileGlobs("", List.of());
    }
    return new FileGlobs(
        pattern.trim(), List.of(FileSystems.getDefault().getPathMatcher("glob:" + pattern.trim())));
  }

  boolean isEmpty() {
    return pattern.isEmpty();
  }

  boolean matches(String relativePath) {
    Path path = Path.of(relativePath);
    for (PathMatcher matcher : matchers) {
      if (matcher.matches(path)
          || (!pattern.contains("/") && matcher.matches(path.getFileName()))) {
        return true;
      }
    }
    return false;
  }
}
