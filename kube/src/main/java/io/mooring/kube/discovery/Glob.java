package io.mooring.kube.discovery;

import java.util.regex.Pattern;

/** Shell-style patterns where {@code *} matches any run of characters and the rest is literal. */
final class Glob {
  private Glob() {}

  static boolean matches(String pattern, String value) {
    if (pattern.equals("*")) {
      return true;
    }
    if (!pattern.contains("*")) {
      return pattern.equals(value);
    }
    StringBuilder regex = new StringBuilder();
    for (String part : pattern.split("\\*", -1)) {
      if (!regex.isEmpty()) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    return Pattern.matches(regex.toString(), value);
  }
}
