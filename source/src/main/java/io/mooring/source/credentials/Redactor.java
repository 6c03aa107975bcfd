package io.mooring.source.credentials;

import java.util.Collection;
import java.util.regex.Pattern;

/** Removes credentials from text before it reaches an error message or a log line. */
public final class Redactor {
  private static final Pattern URL_USERINFO =
      Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@\\s]+@");

  private Redactor() {}

  /** A URL with any {@code user:password@} part replaced by {@code ***@}. */
  public static String url(String url) {
    return url == null ? null : URL_USERINFO.matcher(url).replaceAll("$1***@");
  }

  /** {@code text} with URL user info and every given secret value replaced by {@code ***}. */
  public static String text(String text, Collection<String> secrets) {
    if (text == null) {
      return null;
    }
    String result = url(text);
    for (String secret : secrets) {
      if (secret != null && secret.length() >= 3) {
        result = result.replace(secret, "***");
        for (String line : secret.split("\n")) {
          if (line.trim().length() >= 8) {
            result = result.replace(line.trim(), "***");
          }
        }
      }
    }
    return result;
  }
}
