package io.mooring.source.git;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.UploadPack;

/**
 * Serves the bare repositories under a root directory over SSH on loopback (Apache MINA sshd, the
 * library JGit's own SSH transport uses): public-key authentication for one user key, and {@code
 * git-upload-pack} run in-process with JGit. Read-only.
 */
final class SshGitServer implements AutoCloseable {
  private final SshServer server;
  private final KeyPair hostKey;
  private final ExecutorService workers = Executors.newCachedThreadPool();

  private SshGitServer(Path root, PublicKey userKey, KeyPair hostKey) {
    this.hostKey = hostKey;
    server = SshServer.setUpDefaultServer();
    server.setHost(InetAddress.getLoopbackAddress().getHostAddress());
    server.setPort(0);
    server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
    server.setPublickeyAuthenticator((user, key, session) -> KeyUtils.compareKeys(userKey, key));
    server.setPasswordAuthenticator(null);
    server.setKeyboardInteractiveAuthenticator(null);
    server.setCommandFactory(uploadPackOnly(root));
  }

  /** Starts a server trusting {@code userKey}, presenting {@code hostKey} as its own. */
  static SshGitServer start(Path root, PublicKey userKey, KeyPair hostKey) {
    SshGitServer ssh = new SshGitServer(root, userKey, hostKey);
    try {
      ssh.server.start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the test SSH server", e);
    }
    return ssh;
  }

  /** The SSH clone URL of the repository at {@code root/name}. */
  String url(String name) {
    return "ssh://git@127.0.0.1:" + server.getPort() + "/" + name;
  }

  /** A known_hosts line trusting this server's host key. */
  String knownHostsLine() {
    return "[127.0.0.1]:" + server.getPort() + " " + PublicKeyEntry.toString(hostKey.getPublic());
  }

  private CommandFactory uploadPackOnly(Path root) {
    return (channel, command) -> {
      List<String> words = CommandFactory.split(command);
      if (words.size() != 2 || !words.get(0).equals("git-upload-pack")) {
        throw new IOException("only git-upload-pack is served, not: " + command);
      }
      Path repository = root.resolve(words.get(1).replaceFirst("^/+", "")).normalize();
      if (!repository.startsWith(root)) {
        throw new IOException("no such repository: " + words.get(1));
      }
      return new UploadPackCommand(repository);
    };
  }

  /** Runs JGit's upload-pack over the channel's streams. */
  private final class UploadPackCommand implements Command {
    private final Path directory;
    private InputStream in;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;

    UploadPackCommand(Path directory) {
      this.directory = directory;
    }

    @Override
    public void setInputStream(InputStream in) {
      this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
      this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
      this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
      workers.submit(
          () -> {
            try (Repository repository =
                new FileRepositoryBuilder()
                    .setGitDir(directory.toFile())
                    .setBare()
                    .setMustExist(true)
                    .build()) {
              new UploadPack(repository).upload(in, out, err);
              out.flush();
              exit.onExit(0);
            } catch (IOException | RuntimeException e) {
              exit.onExit(1, String.valueOf(e.getMessage()));
            }
          });
    }

    @Override
    public void destroy(ChannelSession channel) {
      // upload-pack ends when the client closes the channel
    }
  }

  @Override
  public void close() throws IOException {
    server.stop(true);
    workers.shutdownNow();
  }
}
