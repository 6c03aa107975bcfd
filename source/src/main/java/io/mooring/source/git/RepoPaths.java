package io.mooring.source.git;

import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Pure arithmetic on repository-relative paths ({@code /}-separated, no leading slash, "" is the
 * root). Every function refuses a path that would leave the repository.
 */
public final class RepoPaths {
  private RepoPaths() {}

  /**
   * Normalizes a source path or other repository-relative path: "." and "" mean the root; {@code
   * ..} may not climb above it; absolute paths are refused.
   */
  public static String normalize(String path) throws SourceException {
    String value = path == null ? "" : path.trim().replace('\\', '/');
    if (value.startsWith("/")) {
      throw outside(path, "absolute paths are not allowed");
    }
    return collapse("", value, path);
  }

  /** {@code relative} resolved against directory {@code base}; absolute paths are refused. */
  public static String resolve(String base, String relative) throws SourceException {
    String value = relative == null ? "" : relative.trim().replace('\\', '/');
    if (value.startsWith("/")) {
      throw outside(relative, "absolute paths are not allowed");
    }
    return collapse(base, value, relative);
  }

  /** The target of a symlink at {@code linkPath}, resolved relative to the link's directory. */
  public static String resolveSymlink(String linkPath, String target) throws SourceException {
    String value = target.trim();
    if (value.startsWith("/")) {
      throw new SourceException(
          Reason.PATH_OUTSIDE_REPO,
          "symlink " + linkPath + " points outside the repository (to " + value + ")");
    }
    try {
      return collapse(parent(linkPath), value, target);
    } catch (SourceException e) {
      throw new SourceException(
          Reason.PATH_OUTSIDE_REPO,
          "symlink " + linkPath + " points outside the repository (to " + value + ")");
    }
  }

  /** The directory holding {@code path}; "" for top-level entries. */
  public static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /** Whether {@code path} is {@code directory} or lies below it ("" contains everything). */
  public static boolean isWithin(String path, String directory) {
    return directory.isEmpty() || path.equals(directory) || path.startsWith(directory + "/");
  }

  /** {@code path} relative to {@code directory}, which must contain it. */
  public static String relativize(String path, String directory) {
    if (directory.isEmpty()) {
      return path;
    }
    return path.equals(directory) ? "" : path.substring(directory.length() + 1);
  }

  /** Joins two normalized paths. */
  public static String join(String directory, String name) {
    return directory.isEmpty() ? name : name.isEmpty() ? directory : directory + "/" + name;
  }

  private static String collapse(String base, String relative, String original)
      throws SourceException {
    Deque<String> parts = new ArrayDeque<>();
    for (String part : base.split("/")) {
      if (!part.isEmpty()) {
        parts.addLast(part);
      }
    }
    for (String part : relative.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          throw outside(original, "it leaves the repository root");
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return String.join("/", parts);
  }

  private static SourceException outside(String path, String why) {
    return new SourceException(Reason.PATH_OUTSIDE_REPO, "path '" + path + "' is refused: " + why);
  }
}
