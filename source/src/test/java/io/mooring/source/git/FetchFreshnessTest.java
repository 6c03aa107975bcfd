package io.mooring.source.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.source.FetchPolicy;
import io.mooring.source.SourceException;
import io.mooring.source.credentials.RepoCredentials;
import io.mooring.testkit.git.RepoChange;
import io.mooring.testkit.git.TestRepo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetchFreshnessTest {
  private static final Duration WINDOW = Duration.ofSeconds(2);

  @TempDir Path dir;
  private final AtomicLong clock = new AtomicLong();
  private TestRepo repo;
  private GitRepositoryCache cache;
  private RepoCredentials anonymous;
  private ObjectId first;

  @BeforeEach
  void repository() {
    repo = TestRepo.create(dir.resolve("apps.git"));
    first = repo.commit("first", RepoChange.file("a.yaml", "a"));
    cache =
        new GitRepositoryCache(
            GitSettings.in(dir.resolve("cache")).withFetchFreshness(WINDOW), clock::get);
    anonymous = RepoCredentials.anonymous(repo.directory().toUri().toString());
  }

  @AfterEach
  void close() {
    cache.close();
    repo.close();
  }

  private void advance(Duration duration) {
    clock.addAndGet(duration.toNanos());
  }

  @Test
  void requestsWithinTheWindowShareOneFetch() throws Exception {
    cache.resolve(anonymous, "main");
    advance(Duration.ofMillis(500));
    cache.resolve(anonymous, "main");
    advance(Duration.ofMillis(500));
    assertThat(cache.resolve(anonymous, "main").commit()).isEqualTo(first);
    assertThat(cache.fetchCount()).isEqualTo(1);
  }

  @Test
  void commitPushedAfterTheWindowIsSeen() throws Exception {
    cache.resolve(anonymous, "main");
    ObjectId second = repo.commit("second", RepoChange.file("b.yaml", "b"));
    advance(Duration.ofSeconds(1));
    assertThat(cache.resolve(anonymous, "main").commit()).isEqualTo(first);

    advance(WINDOW);

    assertThat(cache.resolve(anonymous, "main").commit()).isEqualTo(second);
    assertThat(cache.fetchCount()).isEqualTo(2);
  }

  @Test
  void hardRefreshFetchesWithinTheWindow() throws Exception {
    cache.resolve(anonymous, "main");
    ObjectId second = repo.commit("second", RepoChange.file("b.yaml", "b"));
    advance(Duration.ofMillis(10));
    assertThat(cache.resolve(anonymous, "main", FetchPolicy.FETCH_NOW).commit()).isEqualTo(second);
  }

  @Test
  void newRevisionNoticeMakesTheNextRequestFetch() throws Exception {
    cache.resolve(anonymous, "main");
    ObjectId second = repo.commit("second", RepoChange.file("b.yaml", "b"));
    advance(Duration.ofMillis(10));
    cache.expire(anonymous.url() + "/");
    advance(Duration.ofMillis(10));

    assertThat(cache.resolve(anonymous, "main").commit()).isEqualTo(second);
    advance(Duration.ofMillis(10));
    cache.resolve(anonymous, "main");
    assertThat(cache.fetchCount()).isEqualTo(2);
  }

  @Test
  void aBranchPushedWithinTheWindowIsFoundByFetchingAgainRatherThanReportedMissing()
      throws Exception {
    cache.resolve(anonymous, "main");
    ObjectId onRelease =
        repo.commitOn("release", "release work", List.of(RepoChange.file("r.yaml", "r")));
    advance(Duration.ofMillis(10));

    assertThat(cache.resolve(anonymous, "release").commit()).isEqualTo(onRelease);
    assertThat(cache.fetchCount()).isEqualTo(2);
  }

  @Test
  void aRevisionMissingEvenAfterFetchingAgainIsReportedMissing() throws Exception {
    cache.resolve(anonymous, "main");
    advance(Duration.ofMillis(10));

    assertThatThrownBy(() -> cache.resolve(anonymous, "no-such-branch"))
        .isInstanceOfSatisfying(
            SourceException.class,
            e -> assertThat(e.reason()).isEqualTo(SourceException.Reason.REVISION_NOT_FOUND));
    assertThat(cache.fetchCount()).isEqualTo(2);
  }

  @Test
  void zeroWindowFetchesEveryTime() throws Exception {
    try (GitRepositoryCache eager =
        new GitRepositoryCache(
            GitSettings.in(dir.resolve("eager")).withFetchFreshness(Duration.ZERO), clock::get)) {
      eager.resolve(anonymous, "main");
      ObjectId second = repo.commit("second", RepoChange.file("b.yaml", "b"));
      assertThat(eager.resolve(anonymous, "main").commit()).isEqualTo(second);
    }
  }

  @Test
  void changedFilesBetweenTwoCommitsAreTheSameWhenAskedAgain() throws Exception {
    cache.resolve(anonymous, "main");
    ObjectId second = repo.commit("second", RepoChange.file("dir/b.yaml", "b"));
    cache.resolve(anonymous, "main", FetchPolicy.FETCH_NOW);
    assertThat(cache.changedFiles(anonymous.url(), first, second)).containsExactly("dir/b.yaml");
    assertThat(cache.changedFiles(anonymous.url(), first, second))
        .isSameAs(cache.changedFiles(anonymous.url(), first, second));
  }
}
