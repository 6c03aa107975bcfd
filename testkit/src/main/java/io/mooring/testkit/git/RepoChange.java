package io.mooring.testkit.git;

/**
 * One change to the tree of a test repository: a file written, a symlink created or a path deleted.
 * Build them with the static factories and pass them to {@link TestRepo#commit}.
 */
public sealed interface RepoChange {
  /** The repository-relative path the change applies to, with '/' separators. */
  String path();

  /** Writes a regular file with the given UTF-8 content. */
  static RepoChange file(String path, String content) {
    return new WriteFile(path, content);
  }

  /** Creates a symbolic link at {@code path} pointing at {@code target}. */
  static RepoChange symlink(String path, String target) {
    return new WriteSymlink(path, target);
  }

  /** Deletes a file or a whole directory. */
  static RepoChange delete(String path) {
    return new Delete(path);
  }

  /** A regular file. */
  record WriteFile(String path, String content) implements RepoChange {}

  /** A symbolic link. */
  record WriteSymlink(String path, String target) implements RepoChange {}

  /** A deletion of a file or of every file under a directory. */
  record Delete(String path) implements RepoChange {}
}
