package io.mooring.cli;

import io.mooring.cli.client.Polling;
import picocli.CommandLine.Option;

/** {@code --timeout SECONDS} of the commands that wait for an operation or a state. */
final class FollowOptions {
  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description =
          "Give up waiting after this many seconds (default: 0, wait as long as it takes).")
  long timeoutSeconds;

  Polling.Settings settings() {
    if (timeoutSeconds < 0) {
      throw new FlagException("--timeout " + timeoutSeconds + ": must be 0 (no limit) or more");
    }
    return Polling.Settings.ofSeconds(timeoutSeconds);
  }
}
