package io.mooring.source.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.source.SourceException;
import io.mooring.source.credentials.RepoCredentials;
import io.mooring.source.git.GitRemoteCheck.RemoteRefs;
import io.mooring.testkit.git.GitHttpServer;
import io.mooring.testkit.git.RepoChange;
import io.mooring.testkit.git.TestRepo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ls-remote against a private smart-HTTP repository, with good and bad credentials. */
class GitRemoteCheckTest {
  private static final String PASSWORD = "s3cr3t-pa55word";
  @TempDir Path served;
  @TempDir Path cacheDir;

  @Test
  void theRightCredentialsListTheBranchesAndTags() throws Exception {
    try (TestRepo repo = TestRepo.create(served.resolve("apps.git"));
        GitHttpServer server =
            GitHttpServer.startWithBasicAuth(
                served, new GitHttpServer.BasicAuth("alice", PASSWORD))) {
      repo.commit("one", RepoChange.file("a.yaml", "kind: ConfigMap\n"));
      repo.branch("release", repo.head("main"));
      repo.annotatedTag("v1.0.0", repo.head("main"), "first");
      String url = server.url("apps.git");

      RemoteRefs refs =
          new GitRemoteCheck(GitSettings.in(cacheDir))
              .lsRemote(new RepoCredentials(url, "alice", PASSWORD, null, false));

      assertThat(refs.branches()).containsExactly("main", "release");
      assertThat(refs.tags()).containsExactly("v1.0.0");
    }
  }

  @Test
  void aWrongPasswordFailsNamingTheRepositoryButNotThePassword() throws Exception {
    try (TestRepo repo = TestRepo.create(served.resolve("apps.git"));
        GitHttpServer server =
            GitHttpServer.startWithBasicAuth(
                served, new GitHttpServer.BasicAuth("alice", PASSWORD))) {
      repo.commit("one", RepoChange.file("a.yaml", "kind: ConfigMap\n"));
      String url = server.url("apps.git");

      assertThatThrownBy(
              () ->
                  new GitRemoteCheck(GitSettings.in(cacheDir))
                      .lsRemote(
                          new RepoCredentials(url, "alice", "wrong-password-42", null, false)))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("could not list the refs of " + url)
          .hasMessageNotContaining("wrong-password-42")
          .extracting(e -> ((SourceException) e).reason())
          .isEqualTo(SourceException.Reason.REPO_UNREACHABLE);
    }
  }
}
