package io.mooring.source;

import java.nio.file.Path;
import java.util.List;

/**
 * The files a render reads: a Git commit's tree or an unpacked Helm chart. Paths are relative,
 * {@code /}-separated, "" is the root; symbolic links are followed only while they stay inside.
 */
public interface SourceFiles {
  /** How far below a directory {@link #list} looks. */
  enum Depth {
    /** Only the directory's own entries. */
    DIRECT,
    /** Every file below the directory. */
    RECURSIVE
  }

  /** Whether {@code path} names a file or directory (after following symlinks). */
  boolean exists(String path) throws SourceException;

  /** Whether {@code path} names a regular file (after following symlinks). */
  boolean isFile(String path) throws SourceException;

  /** Whether {@code path} names a directory (after following symlinks). */
  boolean isDirectory(String path) throws SourceException;

  /** The content of the file at {@code path}, refusing files over {@code maxBytes}. */
  byte[] read(String path, long maxBytes) throws SourceException;

  /** The paths of the files (and symlinks) below {@code directory}, in path order. */
  List<String> list(String directory, Depth depth) throws SourceException;

  /**
   * Writes every file below {@code directory} into {@code target}, which mirrors the root: {@code
   * directory/a.yaml} lands at {@code target/directory/a.yaml}.
   *
   * @return the number of bytes written
   */
  long materialize(String directory, Path target, long maxBytes) throws SourceException;
}
