package io.mooring.source.git;

import java.time.Duration;

/**
 * Told about every network request the repository cache makes to a remote (for metrics). The URL is
 * the repository's as configured: a listener that shows it anywhere strips its credentials.
 */
@FunctionalInterface
public interface GitRequestListener {
  /** A listener that ignores everything. */
  GitRequestListener NONE = (repoUrl, type, took) -> {};

  /**
   * A request of {@code type} to {@code repoUrl} finished (successfully or not) after {@code took}.
   */
  void requested(String repoUrl, GitRequestType type, Duration took);
}
