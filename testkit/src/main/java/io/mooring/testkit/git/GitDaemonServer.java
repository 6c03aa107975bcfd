package io.mooring.testkit.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.eclipse.jgit.transport.Daemon;
import org.eclipse.jgit.transport.DaemonClient;

/**
 * Serves every bare repository under a root directory over the {@code git://} protocol on loopback
 * with JGit's daemon. Read-only.
 */
public final class GitDaemonServer implements AutoCloseable {
  private final Daemon daemon;

  private GitDaemonServer(Daemon daemon) {
    this.daemon = daemon;
  }

  /** Starts a daemon for the repositories under {@code root} on a free port. */
  public static GitDaemonServer start(Path root) {
    Daemon daemon = new Daemon(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    daemon.setRepositoryResolver(new RepoDirectoryResolver<DaemonClient>(root));
    try {
      daemon.start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the test git:// daemon", e);
    }
    return new GitDaemonServer(daemon);
  }

  /** The clone URL of the repository at {@code root/name}. */
  public String url(String name) {
    return "git://127.0.0.1:" + daemon.getAddress().getPort() + "/" + name;
  }

  @Override
  public void close() {
    daemon.stop();
  }
}
