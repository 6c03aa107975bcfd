package io.mooring.controller.automation;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations as Argo CD writes them ({@code 5s}, {@code 1h30m}, or plain seconds). */
public final class GoDuration {
  private static final Pattern PART =
      Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(ns|us|\u00b5s|ms|s|m|h)");

  private GoDuration() {}

  /** The duration, or {@code fallback} when {@code text} is null or blank. */
  public static Duration parse(String text, Duration fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    if (text.chars().allMatch(Character::isDigit)) {
      return Duration.ofSeconds(Long.parseLong(text));
    }
    Matcher matcher = PART.matcher(text);
    long nanos = 0;
    int end = 0;
    while (matcher.find() && matcher.start() == end) {
      double amount = Double.parseDouble(matcher.group(1));
      nanos += (long) (amount * unitNanos(matcher.group(2)));
      end = matcher.end();
    }
    if (end != text.length()) {
      throw new IllegalArgumentException("'" + text + "' is not a duration such as 5s or 1h30m");
    }
    return Duration.ofNanos(nanos);
  }

  private static double unitNanos(String unit) {
    return switch (unit) {
      case "ns" -> 1;
      case "us", "\u00b5s" -> 1e3;
      case "ms" -> 1e6;
      case "s" -> 1e9;
      case "m" -> 60e9;
      default -> 3600e9;
    };
  }
}
