package io.mooring.source.git;

import io.mooring.source.credentials.RepoCredentials;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.List;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import org.eclipse.jgit.util.FileUtils;

/**
 * Applies one repository's credentials to a JGit network command: user name and password (or token)
 * for HTTPS, a private key and host-key checking for SSH. Holds an SSH client that must be closed.
 */
final class GitAuthentication implements AutoCloseable {
  /** The user name sent with a token when the Secret gives only a password. */
  static final String TOKEN_USER = "x-access-token";

  private final SshdSessionFactory ssh;
  private final Path sshHome;

  private GitAuthentication(SshdSessionFactory ssh, Path sshHome) {
    this.ssh = ssh;
    this.sshHome = sshHome;
  }

  /** Authentication for {@code credentials}, trusting {@code knownHosts} for SSH. */
  static GitAuthentication of(RepoCredentials credentials, KnownHosts knownHosts)
      throws IOException, GeneralSecurityException {
    if (!RepoUrl.isSsh(credentials.url())) {
      return new GitAuthentication(null, null);
    }
    Path home = Files.createTempDirectory("mooring-ssh-");
    List<KeyPair> keys = keyPairs(credentials.sshPrivateKey());
    ServerKeyDatabase hostKeys = credentials.insecure() ? KnownHosts.acceptAll() : knownHosts;
    SshdSessionFactory factory =
        new SshdSessionFactoryBuilder()
            .setHomeDirectory(home.toFile())
            .setSshDirectory(home.toFile())
            .setPreferredAuthentications("publickey")
            .setDefaultKeysProvider(dir -> keys)
            .setServerKeyDatabase((homeDir, sshDir) -> hostKeys)
            .build(null);
    return new GitAuthentication(factory, home);
  }

  private static List<KeyPair> keyPairs(String privateKey)
      throws IOException, GeneralSecurityException {
    if (privateKey == null || privateKey.isBlank()) {
      return List.of();
    }
    Iterable<KeyPair> loaded =
        SecurityUtils.loadKeyPairIdentities(
            null,
            NamedResource.ofName("sshPrivateKey"),
            new ByteArrayInputStream(privateKey.getBytes(StandardCharsets.UTF_8)),
            null);
    List<KeyPair> result = new java.util.ArrayList<>();
    if (loaded != null) {
      loaded.forEach(result::add);
    }
    return result;
  }

  /** Configures {@code command} to authenticate with {@code credentials}. */
  <C extends TransportCommand<C, ?>> C apply(C command, RepoCredentials credentials) {
    if (ssh != null) {
      command.setTransportConfigCallback(
          transport -> {
            if (transport instanceof SshTransport sshTransport) {
              sshTransport.setSshSessionFactory(ssh);
            }
          });
    } else if (credentials.password() != null) {
      String user = credentials.username() == null ? TOKEN_USER : credentials.username();
      command.setCredentialsProvider(
          new UsernamePasswordCredentialsProvider(user, credentials.password()));
    } else if (credentials.username() != null) {
      command.setCredentialsProvider(
          new UsernamePasswordCredentialsProvider(credentials.username(), ""));
    }
    return command;
  }

  @Override
  public void close() {
    if (ssh != null) {
      ssh.close();
    }
    if (sshHome != null) {
      try {
        FileUtils.delete(sshHome.toFile(), FileUtils.RECURSIVE | FileUtils.IGNORE_ERRORS);
      } catch (IOException e) {
        // best effort: the directory holds no secrets, keys stay in memory
      }
    }
  }
}
