package io.mooring.source.git;

import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import io.mooring.source.SourceFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The files of one commit, read straight from the object database without a work tree. Symlinks are
 * followed only while they stay inside the repository. Thread-safe.
 */
public final class CommitTree implements SourceFiles {
  private static final int MAX_SYMLINK_HOPS = 16;

  private final Repository repository;
  private final RevCommit commit;

  CommitTree(Repository repository, RevCommit commit) {
    this.repository = repository;
    this.commit = commit;
  }

  /** The commit these files belong to. */
  public RevCommit commit() {
    return commit;
  }

  /** The entry at {@code path} as stored (symlinks not followed), if any; "" is the root. */
  public Optional<TreeEntry> entry(String path) throws SourceException {
    if (path.isEmpty()) {
      return Optional.of(new TreeEntry("", FileMode.TREE, commit.getTree()));
    }
    try (TreeWalk walk = TreeWalk.forPath(repository, path, commit.getTree())) {
      return walk == null
          ? Optional.empty()
          : Optional.of(new TreeEntry(path, walk.getFileMode(0), walk.getObjectId(0)));
    } catch (IOException e) {
      throw ioFailure(path, e);
    }
  }

  /**
   * The entry at {@code path} with symlinks followed (within the repository only); empty when the
   * path or the link's target does not exist.
   */
  public Optional<TreeEntry> resolve(String path) throws SourceException {
    String current = path;
    for (int hop = 0; hop < MAX_SYMLINK_HOPS; hop++) {
      Optional<TreeEntry> found = entry(current);
      if (found.isEmpty() || !found.get().isSymlink()) {
        return found;
      }
      String target = new String(bytes(found.get(), 4096), StandardCharsets.UTF_8);
      current = RepoPaths.resolveSymlink(current, target);
    }
    throw new SourceException(
        Reason.PATH_OUTSIDE_REPO, "too many levels of symbolic links at " + path);
  }

  @Override
  public boolean exists(String path) throws SourceException {
    return resolve(path).isPresent();
  }

  @Override
  public boolean isFile(String path) throws SourceException {
    return resolve(path).map(TreeEntry::isFile).orElse(false);
  }

  @Override
  public boolean isDirectory(String path) throws SourceException {
    return resolve(path).map(TreeEntry::isDirectory).orElse(false);
  }

  @Override
  public List<String> list(String directory, Depth depth) throws SourceException {
    return files(directory, depth).stream().map(TreeEntry::path).toList();
  }

  @Override
  public byte[] read(String path, long maxBytes) throws SourceException {
    TreeEntry entry =
        resolve(path)
            .filter(TreeEntry::isFile)
            .orElseThrow(
                () -> new SourceException(Reason.PATH_NOT_FOUND, "file " + path + " not found"));
    return bytes(entry, maxBytes);
  }

  /** The files (and symlinks) below {@code directory}, in path order. */
  public List<TreeEntry> files(String directory, Depth depth) throws SourceException {
    List<TreeEntry> result = new ArrayList<>();
    try (TreeWalk walk = new TreeWalk(repository)) {
      walk.addTree(commit.getTree());
      if (!directory.isEmpty()) {
        walk.setFilter(PathFilter.create(directory));
      }
      walk.setRecursive(false);
      while (walk.next()) {
        String path = walk.getPathString();
        boolean below = RepoPaths.isWithin(path, directory) && !path.equals(directory);
        if (walk.isSubtree()) {
          boolean enter = !below || depth == Depth.RECURSIVE;
          if (enter) {
            walk.enterSubtree();
          }
          continue;
        }
        if (below && walk.getFileMode(0) != FileMode.GITLINK) {
          result.add(new TreeEntry(path, walk.getFileMode(0), walk.getObjectId(0)));
        }
      }
    } catch (IOException e) {
      throw ioFailure(directory, e);
    }
    return result;
  }

  /**
   * {@inheritDoc} Symlinks are materialized as copies of what they point to, and refused if that is
   * outside the repository.
   */
  @Override
  public long materialize(String directory, Path target, long maxBytes) throws SourceException {
    return materialize(directory, directory, target, maxBytes, 0);
  }

  private long materialize(String from, String as, Path target, long maxBytes, int depth)
      throws SourceException {
    if (depth > MAX_SYMLINK_HOPS) {
      throw new SourceException(
          Reason.PATH_OUTSIDE_REPO, "too many levels of symbolic links below " + from);
    }
    long written = 0;
    for (TreeEntry entry : files(from, Depth.RECURSIVE)) {
      String destination = RepoPaths.join(as, RepoPaths.relativize(entry.path(), from));
      if (entry.isSymlink()) {
        String linkTarget =
            RepoPaths.resolveSymlink(
                entry.path(), new String(bytes(entry, 4096), StandardCharsets.UTF_8));
        Optional<TreeEntry> resolved = resolve(linkTarget);
        if (resolved.isEmpty()) {
          continue; // a dangling link inside the repository: nothing to copy, as git would leave
        }
        if (resolved.get().isDirectory()) {
          written += materialize(resolved.get().path(), destination, target, maxBytes, depth + 1);
          continue;
        }
        written += write(target, destination, bytes(resolved.get(), maxBytes));
      } else {
        written += write(target, destination, bytes(entry, maxBytes));
      }
    }
    return written;
  }

  private long write(Path root, String relative, byte[] content) throws SourceException {
    Path file = root.resolve(relative).normalize();
    if (!file.startsWith(root)) {
      throw new SourceException(Reason.PATH_OUTSIDE_REPO, "refusing to write " + relative);
    }
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    } catch (IOException e) {
      throw ioFailure(relative, e);
    }
    return content.length;
  }

  private byte[] bytes(TreeEntry entry, long maxBytes) throws SourceException {
    try (ObjectReader reader = repository.newObjectReader()) {
      ObjectLoader loader = reader.open(entry.objectId());
      if (loader.getSize() > maxBytes) {
        throw new SourceException(
            Reason.TOO_LARGE,
            "file "
                + entry.path()
                + " is "
                + loader.getSize()
                + " bytes, over the limit of "
                + maxBytes
                + " bytes");
      }
      return loader.getBytes();
    } catch (IOException e) {
      throw ioFailure(entry.path(), e);
    }
  }

  private static SourceException ioFailure(String path, IOException e) {
    return new SourceException(Reason.IO, "could not read " + path + ": " + e.getMessage(), e);
  }
}
