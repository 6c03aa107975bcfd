package io.mooring.source.credentials;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes credentials from text before it reaches an error message or a log line. */
public final class Redactor {
  private static final Pattern URL_USERINFO =
      Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*://)([^/@\\s]+)@");

  private Redactor() {}

  /**
   * A URL (or any text) with every URL's user info replaced by {@code ***}: a bare user name may be
   * a token. Only an SSH login name without a password ({@code ssh://git@host}) is kept.
   */
  public static String url(String url) {
    if (url == null) {
      return null;
    }
    return URL_USERINFO
        .matcher(url)
        .replaceAll(
            match -> {
              boolean sshLogin =
                  match.group(1).equalsIgnoreCase("ssh://") && match.group(2).indexOf(':') < 0;
              return Matcher.quoteReplacement(
                  match.group(1) + (sshLogin ? match.group(2) : "***") + "@");
            });
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
