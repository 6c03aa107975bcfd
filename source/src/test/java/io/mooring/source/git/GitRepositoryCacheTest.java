package io.mooring.source.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.source.FetchPolicy;
import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import io.mooring.source.credentials.RepoCredentials;
import io.mooring.testkit.git.GitDaemonServer;
import io.mooring.testkit.git.GitHttpServer;
import io.mooring.testkit.git.RepoChange;
import io.mooring.testkit.git.TestRepo;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRepositoryCacheTest {
  @TempDir Path served;
  @TempDir Path cacheDir;

  private TestRepo repoWithOneFile() {
    TestRepo repo = TestRepo.create(served.resolve("apps.git"));
    repo.commit("first", RepoChange.file("guestbook/service.yaml", "kind: Service\n"));
    return repo;
  }

  @Test
  void cloneThenIncrementalFetchSeesNewCommits() throws Exception {
    try (TestRepo repo = repoWithOneFile();
        GitHttpServer server = GitHttpServer.start(served);
        GitRepositoryCache cache = new GitRepositoryCache(GitSettings.in(cacheDir))) {
      RepoCredentials anonymous = RepoCredentials.anonymous(server.url("apps.git"));
      ResolvedRevision before = cache.resolve(anonymous, "main");
      ObjectId next = repo.commit("second", RepoChange.file("guestbook/extra.yaml", "x"));

      ResolvedRevision after = cache.resolve(anonymous, "main", FetchPolicy.FETCH_NOW);

      assertThat(after.commit()).isEqualTo(next).isNotEqualTo(before.commit());
      assertThat(cache.changedFiles(anonymous.url(), before.commit(), after.commit()))
          .containsExactly("guestbook/extra.yaml");
      assertThat(Files.list(cacheDir).count()).isEqualTo(1);
    }
  }

  @Test
  void urlsThatNormalizeAlikeShareOneMirror() throws Exception {
    try (TestRepo repo = repoWithOneFile();
        GitHttpServer server = GitHttpServer.start(served);
        GitRepositoryCache cache = new GitRepositoryCache(GitSettings.in(cacheDir))) {
      cache.resolve(RepoCredentials.anonymous(server.url("apps.git")), "main");
      cache.resolve(RepoCredentials.anonymous(server.url("apps.git/")), "main");
      assertThat(Files.list(cacheDir).count()).isEqualTo(1);
    }
  }

  @Test
  void knownFullShaIsResolvedWithoutFetching() throws Exception {
    try (TestRepo repo = repoWithOneFile();
        GitHttpServer server = GitHttpServer.start(served);
        GitRepositoryCache cache = new GitRepositoryCache(GitSettings.in(cacheDir))) {
      RepoCredentials anonymous = RepoCredentials.anonymous(server.url("apps.git"));
      String sha = cache.resolve(anonymous, "main").sha();
      int fetchesBefore = server.uploadPackRequests();

      assertThat(cache.resolve(anonymous, sha).sha()).isEqualTo(sha);
      assertThat(server.uploadPackRequests()).isEqualTo(fetchesBefore);
    }
  }

  @Test
  void concurrentRequestsForOneRepositoryShareFetches() throws Exception {
    try (TestRepo repo = repoWithOneFile();
        GitHttpServer server = GitHttpServer.start(served);
        GitRepositoryCache cache = new GitRepositoryCache(GitSettings.in(cacheDir))) {
      RepoCredentials anonymous = RepoCredentials.anonymous(server.url("apps.git"));
      int callers = 8;
      ExecutorService pool = Executors.newFixedThreadPool(callers);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ResolvedRevision>> results = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return cache.resolve(anonymous, "main");
                }));
      }
      start.countDown();
      for (Future<ResolvedRevision> result : results) {
        assertThat(result.get().commit()).isEqualTo(repo.head("main"));
      }
      pool.shutdown();

      assertThat(cache.fetchCount()).isLessThan(callers);
      assertThat(server.uploadPackRequests()).isEqualTo((int) cache.fetchCount());
    }
  }

  @Test
  void basicAuthRepositoryNeedsItsCredentials() throws Exception {
    GitHttpServer.BasicAuth auth = new GitHttpServer.BasicAuth("alice", "s3cr3t-pa55word");
    try (TestRepo repo = repoWithOneFile();
        GitHttpServer server = GitHttpServer.startWithBasicAuth(served, auth);
        GitRepositoryCache cache = new GitRepositoryCache(GitSettings.in(cacheDir))) {
      String url = server.url("apps.git");
      RepoCredentials right = new RepoCredentials(url, "alice", "s3cr3t-pa55word", null, false);
      RepoCredentials wrong = new RepoCredentials(url, "alice", "wrong-password-123", null, false);

      assertThat(cache.resolve(right, "main").commit()).isEqualTo(repo.head("main"));
      assertThatThrownBy(() -> cache.resolve(wrong, "main", FetchPolicy.FETCH_NOW))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining(url)
          .hasMessageNotContaining("wrong-password-123")
          .extracting(e -> ((SourceException) e).reason())
          .isEqualTo(Reason.REPO_UNREACHABLE);
      assertThatThrownBy(
              () -> cache.resolve(RepoCredentials.anonymous(url), "main", FetchPolicy.FETCH_NOW))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("could not fetch");
    }
  }

  @Test
  void gitProtocolRepositoryIsFetched() throws Exception {
    try (TestRepo repo = repoWithOneFile();
        GitDaemonServer daemon = GitDaemonServer.start(served);
        GitRepositoryCache cache = new GitRepositoryCache(GitSettings.in(cacheDir))) {
      ResolvedRevision resolved =
          cache.resolve(RepoCredentials.anonymous(daemon.url("apps.git")), "HEAD");
      assertThat(resolved.commit()).isEqualTo(repo.head("main"));
      assertThat(cache.tree(resolved).read("guestbook/service.yaml", 1024))
          .asString(StandardCharsets.UTF_8)
          .isEqualTo("kind: Service\n");
    }
  }

  @Test
  void fileUrlRepositoryIsFetched() throws Exception {
    try (TestRepo repo = repoWithOneFile();
        GitRepositoryCache cache = new GitRepositoryCache(GitSettings.in(cacheDir))) {
      String url = repo.directory().toUri().toString();
      assertThat(cache.resolve(RepoCredentials.anonymous(url), "main").commit())
          .isEqualTo(repo.head("main"));
    }
  }

  @Test
  void unreachableRepositoryIsAnErrorNamingIt() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + closedPort + "/gone.git";
    try (GitRepositoryCache cache = new GitRepositoryCache(GitSettings.in(cacheDir))) {
      assertThatThrownBy(
              () -> cache.resolve(RepoCredentials.anonymous(url), "main", FetchPolicy.FETCH_NOW))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("repo " + url)
          .hasMessageContaining("revision main")
          .extracting(e -> ((SourceException) e).reason())
          .isEqualTo(Reason.REPO_UNREACHABLE);
    }
  }
}
