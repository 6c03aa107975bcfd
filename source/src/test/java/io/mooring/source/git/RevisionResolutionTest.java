package io.mooring.source.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.source.SourceException;
import io.mooring.source.credentials.RepoCredentials;
import io.mooring.testkit.git.GitHttpServer;
import io.mooring.testkit.git.RepoChange;
import io.mooring.testkit.git.TestRepo;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionResolutionTest {
  @TempDir static Path served;
  @TempDir static Path cacheDir;
  static GitHttpServer server;
  static GitRepositoryCache cache;
  static ObjectId first;
  static ObjectId second;
  static ObjectId onFeature;
  static RepoCredentials repo;

  @BeforeAll
  static void serveRepository() {
    try (TestRepo test = TestRepo.create(served.resolve("apps.git"))) {
      first = test.commit("first", RepoChange.file("a.yaml", "a: 1\n"));
      second = test.commit("second", RepoChange.file("a.yaml", "a: 2\n"));
      onFeature = test.commitOn("feature", "feature work", List.of(RepoChange.file("f.yaml", "f")));
      test.lightweightTag("v1-light", first);
      test.annotatedTag("v1.0.0", first, "release 1.0.0");
      test.ref("refs/pull/7/head", onFeature);
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

  private static ObjectId resolve(String revision) throws SourceException {
    return cache.resolve(repo, revision).commit();
  }

  @Test
  void headAndEmptyRevisionResolveToTheDefaultBranch() throws Exception {
    assertThat(resolve("HEAD")).isEqualTo(second);
    assertThat(resolve("")).isEqualTo(second);
    assertThat(resolve(null)).isEqualTo(second);
  }

  @Test
  void branchesResolveToTheirTip() throws Exception {
    assertThat(resolve("main")).isEqualTo(second);
    assertThat(resolve("feature")).isEqualTo(onFeature);
  }

  @Test
  void annotatedTagsArePeeledToTheirCommit() throws Exception {
    assertThat(resolve("v1.0.0")).isEqualTo(first);
    assertThat(resolve("v1-light")).isEqualTo(first);
  }

  @Test
  void fullAndShortCommitIdsResolve() throws Exception {
    assertThat(resolve(first.name())).isEqualTo(first);
    assertThat(resolve(first.name().substring(0, 8))).isEqualTo(first);
  }

  @Test
  void fullyQualifiedRefsResolveIncludingRefsOutsideBranchesAndTags() throws Exception {
    assertThat(resolve("refs/heads/feature")).isEqualTo(onFeature);
    assertThat(resolve("refs/tags/v1.0.0")).isEqualTo(first);
    assertThat(resolve("refs/pull/7/head")).isEqualTo(onFeature);
  }

  @Test
  void unknownRevisionIsAnErrorNamingRepoAndRevision() {
    assertThatThrownBy(() -> resolve("no-such-branch"))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining(server.url("apps.git"))
        .hasMessageContaining("revision no-such-branch")
        .hasMessageContaining("not found")
        .extracting(e -> ((SourceException) e).reason())
        .isEqualTo(SourceException.Reason.REVISION_NOT_FOUND);
  }
}
