package io.mooring.source.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import io.mooring.source.credentials.RepoCredentials;
import io.mooring.testkit.git.RepoChange;
import io.mooring.testkit.git.TestRepo;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SshTransportTest {
  @TempDir static Path served;
  @TempDir Path cacheDir;
  static TestRepo repo;
  static SshGitServer server;
  static KeyPair userKey;
  static String userKeyPem;

  @BeforeAll
  static void sshServer() throws Exception {
    repo = TestRepo.create(served.resolve("apps.git"));
    repo.commit("first", RepoChange.file("guestbook/service.yaml", "kind: Service\n"));
    userKey = ecKeyPair();
    userKeyPem = openSshPem(userKey);
    server = SshGitServer.start(served, userKey.getPublic(), ecKeyPair());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    repo.close();
  }

  private static KeyPair ecKeyPair() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    return generator.generateKeyPair();
  }

  private static String openSshPem(KeyPair keyPair) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(keyPair, "mooring-test", null, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private RepoCredentials withKey(boolean insecure) {
    return new RepoCredentials(server.url("apps.git"), null, null, userKeyPem, insecure);
  }

  @Test
  void cloneWithPrivateKeyFromAKnownHost() throws Exception {
    GitSettings settings =
        GitSettings.in(cacheDir).withKnownHosts(KnownHosts.parse(server.knownHostsLine() + "\n"));
    try (GitRepositoryCache cache = new GitRepositoryCache(settings)) {
      ResolvedRevision resolved = cache.resolve(withKey(false), "main");
      assertThat(resolved.commit()).isEqualTo(repo.head("main"));
      assertThat(cache.tree(resolved).read("guestbook/service.yaml", 1024))
          .asString(StandardCharsets.UTF_8)
          .isEqualTo("kind: Service\n");
    }
  }

  @Test
  void unknownHostIsRefusedWithAClearError() throws Exception {
    try (GitRepositoryCache cache = new GitRepositoryCache(GitSettings.in(cacheDir))) {
      assertThatThrownBy(() -> cache.resolve(withKey(false), "main"))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("repo " + server.url("apps.git"))
          .hasMessageContaining("known_hosts")
          .hasMessageNotContaining(userKeyPem.lines().skip(1).findFirst().orElseThrow())
          .extracting(e -> ((SourceException) e).reason())
          .isEqualTo(Reason.REPO_UNREACHABLE);
    }
  }

  @Test
  void insecureRepositorySkipsHostKeyChecking() throws Exception {
    try (GitRepositoryCache cache = new GitRepositoryCache(GitSettings.in(cacheDir))) {
      assertThat(cache.resolve(withKey(true), "main").commit()).isEqualTo(repo.head("main"));
    }
  }

  @Test
  void wrongKeyIsRefused() throws Exception {
    GitSettings settings =
        GitSettings.in(cacheDir).withKnownHosts(KnownHosts.parse(server.knownHostsLine()));
    RepoCredentials stranger =
        new RepoCredentials(server.url("apps.git"), null, null, openSshPem(ecKeyPair()), false);
    try (GitRepositoryCache cache = new GitRepositoryCache(settings)) {
      assertThatThrownBy(() -> cache.resolve(stranger, "main"))
          .isInstanceOf(SourceException.class)
          .extracting(e -> ((SourceException) e).reason())
          .isEqualTo(Reason.REPO_UNREACHABLE);
    }
  }
}
