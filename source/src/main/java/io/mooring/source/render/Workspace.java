package io.mooring.source.render;

import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A private temporary directory (mode 700) for one render, removed with everything in it when
 * closed.
 */
public final class Workspace implements AutoCloseable {
  private final Path root;

  private Workspace(Path root) {
    this.root = root;
  }

  /** Creates a fresh workspace under the system temporary directory. */
  public static Workspace create() throws SourceException {
    try {
      return new Workspace(Files.createTempDirectory("mooring-render-").toRealPath());
    } catch (IOException e) {
      throw new SourceException(
          Reason.IO, "could not create a render workspace: " + e.getMessage(), e);
    }
  }

  /** The workspace directory. */
  public Path root() {
    return root;
  }

  /** A subdirectory of the workspace, created on demand. */
  public Path directory(String name) throws SourceException {
    Path dir = root.resolve(name);
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new SourceException(Reason.IO, "could not create " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@code e} with workspace paths ({@code /tmp/mooring-render-.../repo/}) cut from its message, so
   * a tool's error names files as they are in the repository.
   */
  public static SourceException withoutWorkspacePaths(SourceException e) {
    String detail = e.detail().replaceAll("/[^\\s:'\"]*mooring-render-[^/\\s]*/repo/?", "");
    return detail.equals(e.detail()) ? e : new SourceException(e.reason(), detail, e.getCause());
  }

  @Override
  public void close() {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(Workspace::deleteQuietly);
    } catch (IOException e) {
      // already gone
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // best effort; the temp directory is private to this process
    }
  }
}
