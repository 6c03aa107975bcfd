package io.mooring.source.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.source.SourceException;
import io.mooring.source.credentials.RepoCredentials;
import io.mooring.testkit.git.GitHttpServer;
import io.mooring.testkit.git.RepoChange;
import io.mooring.testkit.git.TestRepo;
import java.nio.file.Path;
import java.time.Instant;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commit metadata read from a mirror of a repository served over smart HTTP. */
class CommitMetadataTest {
  @TempDir static Path served;
  @TempDir static Path cacheDir;
  static GitHttpServer server;
  static GitRepositoryCache cache;
  static ObjectId tagged;
  static ObjectId latest;
  static Instant latestDate;
  static RepoCredentials repo;

  @BeforeAll
  static void serveRepository() {
    try (TestRepo test = TestRepo.create(served.resolve("apps.git"))) {
      tagged = test.commit("Release 1.0\n\nFirst cut.", RepoChange.file("a.yaml", "a: 1\n"));
      latest = test.commit("second", RepoChange.file("a.yaml", "a: 2\n"));
      test.lightweightTag("v1-light", tagged);
      test.annotatedTag("v1.0.0", tagged, "release 1.0.0");
      latestDate = test.head(TestRepo.MAIN).getAuthorIdent().getWhenAsInstant();
    }
    server = GitHttpServer.start(served);
    cache = new GitRepositoryCache(GitSettings.in(cacheDir));
    repo = RepoCredentials.anonymous(server.url("apps.git"));
  }

  @AfterAll
  static void stop() {
    cache.close();
    server.close();
  }

  @Test
  void aTaggedCommitHasItsAuthorMessageAndEveryTagPeeled() throws Exception {
    CommitMetadata metadata = cache.commitMetadata(repo, tagged.name());

    assertThat(metadata.sha()).isEqualTo(tagged.name());
    assertThat(metadata.author()).isEqualTo("Mooring Test <test@mooring.invalid>");
    assertThat(metadata.message()).isEqualTo("Release 1.0\n\nFirst cut.");
    assertThat(metadata.tags()).containsExactly("v1-light", "v1.0.0");
  }

  @Test
  void aBranchNamesItsHeadCommit() throws Exception {
    CommitMetadata metadata = cache.commitMetadata(repo, "main");

    assertThat(metadata.sha()).isEqualTo(latest.name());
    assertThat(metadata.date()).isEqualTo(latestDate);
    assertThat(metadata.tags()).isEmpty();
  }

  @Test
  void anUnknownRevisionIsNotFound() {
    assertThatThrownBy(() -> cache.commitMetadata(repo, "no-such-branch"))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("no-such-branch")
        .extracting(e -> ((SourceException) e).reason())
        .isEqualTo(SourceException.Reason.REVISION_NOT_FOUND);
  }
}
