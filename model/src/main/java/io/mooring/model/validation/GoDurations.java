package io.mooring.model.validation;

import java.util.regex.Pattern;

/**
 * Durations as Argo CD reads them: Go's {@code time.ParseDuration} syntax ({@code 30s}, {@code
 * 1h30m}, {@code 500ms}), and, for retry backoff, a plain number of seconds.
 */
final class GoDurations {
  private static final Pattern GO_DURATION =
      Pattern.compile("([0-9]+(\\.[0-9]+)?(ns|us|\u00b5s|ms|s|m|h))+");
  private static final Pattern SECONDS = Pattern.compile("[0-9]+");

  private GoDurations() {}

  static boolean isGoDuration(String text) {
    return GO_DURATION.matcher(text).matches();
  }

  static boolean isGoDurationOrSeconds(String text) {
    return isGoDuration(text) || SECONDS.matcher(text).matches();
  }
}
