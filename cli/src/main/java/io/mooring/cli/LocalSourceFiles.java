package io.mooring.cli;

import io.mooring.source.SourceException;
import io.mooring.source.SourceFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A working copy on disk as the files a render reads ({@code app diff --local}): paths relative to
 * the root, symbolic links followed only while they stay inside it, {@code .git} left out.
 */
final class LocalSourceFiles implements SourceFiles {
  private final Path root;

  LocalSourceFiles(Path root) throws IOException {
    this.root = root.toRealPath();
  }

  @Override
  public boolean exists(String path) throws SourceException {
    return resolve(path) != null && Files.exists(resolve(path));
  }

  @Override
  public boolean isFile(String path) throws SourceException {
    Path file = resolve(path);
    return file != null && Files.isRegularFile(file);
  }

  @Override
  public boolean isDirectory(String path) throws SourceException {
    Path directory = resolve(path);
    return directory != null && Files.isDirectory(directory);
  }

  @Override
  public byte[] read(String path, long maxBytes) throws SourceException {
    Path file = inside(path);
    try {
      if (Files.size(file) > maxBytes) {
        throw new SourceException(
            SourceException.Reason.TOO_LARGE, path + " is larger than " + maxBytes + " bytes");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new SourceException(SourceException.Reason.IO, "cannot read " + path, e);
    }
  }

  @Override
  public List<String> list(String directory, Depth depth) throws SourceException {
    Path start = inside(directory);
    List<String> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(start, depth == Depth.DIRECT ? 1 : Integer.MAX_VALUE)) {
      for (Path path : walk.sorted().toList()) {
        String relative = root.relativize(path).toString().replace('\\', '/');
        boolean hidden = relative.equals(".git") || relative.startsWith(".git/");
        if (!path.equals(start)
            && !hidden
            && (Files.isRegularFile(path) || Files.isSymbolicLink(path))) {
          paths.add(relative);
        }
      }
    } catch (IOException e) {
      throw new SourceException(SourceException.Reason.IO, "cannot list " + directory, e);
    }
    return paths;
  }

  @Override
  public long materialize(String directory, Path target, long maxBytes) throws SourceException {
    long written = 0;
    for (String path : list(directory, Depth.RECURSIVE)) {
      Path from = inside(path);
      if (!Files.isRegularFile(from)) {
        continue;
      }
      try {
        written += Files.size(from);
        if (written > maxBytes) {
          throw new SourceException(
              SourceException.Reason.TOO_LARGE,
              directory + " holds more than " + maxBytes + " bytes");
        }
        Path to = target.resolve(path);
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new SourceException(SourceException.Reason.IO, "cannot copy " + path, e);
      }
    }
    return written;
  }

  /** The real path of {@code path}, or null when it leaves the root. */
  private Path resolve(String path) throws SourceException {
    Path candidate = root.resolve(path.isEmpty() ? "." : path).normalize();
    try {
      Path real = Files.exists(candidate) ? candidate.toRealPath() : candidate;
      return real.startsWith(root) ? real : null;
    } catch (IOException e) {
      throw new SourceException(SourceException.Reason.IO, "cannot resolve " + path, e);
    }
  }

  private Path inside(String path) throws SourceException {
    Path resolved = resolve(path);
    if (resolved == null || !Files.exists(resolved, LinkOption.NOFOLLOW_LINKS)) {
      throw new SourceException(
          SourceException.Reason.PATH_NOT_FOUND, path + ": no such file in " + root);
    }
    return resolved;
  }
}
