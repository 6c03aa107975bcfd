package io.mooring.source.git;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the repository cache works: where bare clones live, how long a network operation may take,
 * which SSH host keys are trusted, and how long a fetch stays fresh (requests within that window
 * reuse it instead of asking the remote again; hard refreshes and new-revision notices do not), and
 * who hears about each network request (metrics).
 */
public record GitSettings(
    Path cacheDirectory,
    Duration networkTimeout,
    KnownHosts knownHosts,
    Duration fetchFreshness,
    GitRequestListener requests) {

  /** Settings whose network requests nobody hears about. */
  public GitSettings(
      Path cacheDirectory,
      Duration networkTimeout,
      KnownHosts knownHosts,
      Duration fetchFreshness) {
    this(cacheDirectory, networkTimeout, knownHosts, fetchFreshness, GitRequestListener.NONE);
  }

  /** Defaults: a 90-second network timeout, no trusted SSH hosts, fetches fresh for 2 s. */
  public static GitSettings in(Path cacheDirectory) {
    return new GitSettings(
        cacheDirectory, Duration.ofSeconds(90), KnownHosts.none(), Duration.ofSeconds(2));
  }

  /** These settings trusting the given known hosts. */
  public GitSettings withKnownHosts(KnownHosts hosts) {
    return new GitSettings(cacheDirectory, networkTimeout, hosts, fetchFreshness, requests);
  }

  /** These settings with another freshness window ({@link Duration#ZERO} fetches every time). */
  public GitSettings withFetchFreshness(Duration window) {
    return new GitSettings(cacheDirectory, networkTimeout, knownHosts, window, requests);
  }

  /** These settings telling {@code listener} about every network request. */
  public GitSettings withRequestListener(GitRequestListener listener) {
    return new GitSettings(cacheDirectory, networkTimeout, knownHosts, fetchFreshness, listener);
  }
}
