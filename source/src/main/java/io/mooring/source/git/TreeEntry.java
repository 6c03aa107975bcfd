package io.mooring.source.git;

import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;

/** One file, symlink or directory in a commit's tree, by repository-relative path. */
public record TreeEntry(String path, FileMode mode, ObjectId objectId) {
  /** A regular or executable file. */
  public boolean isFile() {
    return (mode.getBits() & FileMode.TYPE_MASK) == FileMode.TYPE_FILE;
  }

  /** A symbolic link (its blob holds the target path). */
  public boolean isSymlink() {
    return mode == FileMode.SYMLINK;
  }

  /** A directory (tree). */
  public boolean isDirectory() {
    return mode == FileMode.TREE;
  }

  /** The last path segment. */
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
