package io.mooring.source.git;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the repository cache works: where bare clones live, how long a network operation may take,
 * and which SSH host keys are trusted.
 */
public record GitSettings(Path cacheDirectory, Duration networkTimeout, KnownHosts knownHosts) {
  /** Defaults: a 90-second network timeout and no trusted SSH hosts. */
  public static GitSettings in(Path cacheDirectory) {
    return new GitSettings(cacheDirectory, Duration.ofSeconds(90), KnownHosts.none());
  }

  /** These settings trusting the given known hosts. */
  public GitSettings withKnownHosts(KnownHosts hosts) {
    return new GitSettings(cacheDirectory, networkTimeout, hosts);
  }
}
