package io.mooring.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one place where the parts of command output that change from run to run are masked, so golden
 * files can compare everything else exactly: known commits become {@code <commit:MESSAGE>} (full
 * and 7-character forms), timestamps {@code <time>}, the value of a {@code Duration:} line {@code
 * <duration>}, and fixed strings (such as a URL with a random port) a chosen word.
 */
final class VolatileText {
  private static final Pattern ISO_TIME =
      Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)");
  private static final Pattern SHOWN_TIME =
      Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d [+-]\\d{4}");
  private static final Pattern DURATION = Pattern.compile("(?m)^(Duration:\\s+)\\d+s$");
  private final Map<String, String> replacements = new LinkedHashMap<>();
  private final Map<String, String> commits = new LinkedHashMap<>();

  /** Replaces every {@code text} with {@code word}. */
  VolatileText replacing(String text, String word) {
    replacements.put(text, word);
    return this;
  }

  /** Shows commit {@code sha} as {@code <commit:MESSAGE>}. */
  synchronized void naming(String sha, String message) {
    commits.put(sha, "<commit:" + message + ">");
  }

  synchronized String mask(String text) {
    String masked = text;
    for (Map.Entry<String, String> replacement : replacements.entrySet()) {
      masked = masked.replace(replacement.getKey(), replacement.getValue());
    }
    for (Map.Entry<String, String> commit : commits.entrySet()) {
      String sha = commit.getKey();
      masked =
          masked.replace(sha, commit.getValue()).replace(sha.substring(0, 7), commit.getValue());
    }
    masked = ISO_TIME.matcher(masked).replaceAll("<time>");
    masked = SHOWN_TIME.matcher(masked).replaceAll("<time>");
    return DURATION.matcher(masked).replaceAll("$1<duration>");
  }
}
