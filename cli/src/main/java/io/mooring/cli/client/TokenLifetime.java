package io.mooring.cli.client;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code --expires-in} as argocd does: a sequence of numbers with units {@code d}, {@code
 * h}, {@code m}, {@code s} ({@code 30d}, {@code 12h30m}, {@code 90s}); {@code 0} (or {@code 0s})
 * means the token never expires.
 */
public final class TokenLifetime {
  private static final Pattern PART = Pattern.compile("(\\d+)([dhms])");

  private TokenLifetime() {}

  /**
   * The lifetime {@code text} names (zero: never expires).
   *
   * @throws IllegalArgumentException naming the text when it is not a duration
   */
  public static Duration parse(String text) {
    String trimmed = text.trim();
    if (trimmed.equals("0")) {
      return Duration.ZERO;
    }
    Matcher matcher = PART.matcher(trimmed);
    Duration total = Duration.ZERO;
    int end = 0;
    while (matcher.find() && matcher.start() == end) {
      long amount = Long.parseLong(matcher.group(1));
      total =
          total.plus(
              switch (matcher.group(2)) {
                case "d" -> Duration.ofDays(amount);
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
              });
      end = matcher.end();
    }
    if (end == 0 || end != trimmed.length()) {
      throw new IllegalArgumentException(
          "--expires-in '" + text + "' is not a duration such as 30d, 12h, 90m or 3600s");
    }
    return total;
  }
}
