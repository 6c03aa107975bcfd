package io.mooring.demo;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The demo's state on disk, which the user may delete to start afresh: {@code git/} (the served
 * repositories), {@code kubeconfig} (for kubectl), {@code server/} (the server's clones and
 * caches). Held with a lock file, so two demos never share one.
 */
public final class DataDirectory implements AutoCloseable {
  private final Path root;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private DataDirectory(Path root, FileChannel lockChannel, FileLock lock) {
    this.root = root;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * Creates {@code root} if needed, checks it is writable and takes its lock.
   *
   * @throws DemoException naming the directory and what is wrong
   */
  public static DataDirectory open(Path root) {
    Path absolute = root.toAbsolutePath().normalize();
    try {
      Files.createDirectories(absolute.resolve("git"));
      Files.createDirectories(absolute.resolve("server"));
      Path probe = Files.createTempFile(absolute, ".write-check", ".tmp");
      Files.delete(probe);
    } catch (IOException e) {
      throw notWritable(absolute, describe(e), e);
    }
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              absolute.resolve("demo.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw inUse(absolute);
      }
      return new DataDirectory(absolute, channel, lock);
    } catch (OverlappingFileLockException e) {
      closeQuietly(channel);
      throw inUse(absolute);
    } catch (IOException e) {
      closeQuietly(channel);
      throw notWritable(absolute, describe(e), e);
    } catch (DemoException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  /** The directory itself (absolute). */
  public Path root() {
    return root;
  }

  /** Where the Git server's repositories live. */
  public Path git() {
    return root.resolve("git");
  }

  /** The kubeconfig of the embedded cluster. */
  public Path kubeconfig() {
    return root.resolve("kubeconfig");
  }

  /** The server's repository clones and caches. */
  public Path server() {
    return root.resolve("server");
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // released with the channel below anyway
    }
    closeQuietly(lockChannel);
  }

  private static DemoException notWritable(Path root, String why, Exception cause) {
    return new DemoException(
        "--data-dir " + root + ": cannot write there (" + why + "); choose another directory",
        cause);
  }

  private static DemoException inUse(Path root) {
    return new DemoException(
        "--data-dir "
            + root
            + ": another mooring demo is using it; stop that one or choose another directory");
  }

  private static String describe(IOException e) {
    if (e instanceof AccessDeniedException denied) {
      return "permission denied: " + denied.getFile();
    }
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      return "a file is in the way: " + ((FileSystemException) e).getFile();
    }
    return e.toString();
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // nothing more to do
      }
    }
  }
}
