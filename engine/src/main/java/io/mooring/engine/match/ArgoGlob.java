package io.mooring.engine.match;

import java.util.regex.Pattern;

/**
 * Glob matching as Argo CD's RBAC does it: {@code *} matches any run of characters, slashes
 * included ({@code *} matches {@code proj/app}); {@code ?} one character; {@code [abc]}, {@code
 * [!a-z]} classes; {@code {a,b}} alternatives; a backslash escapes.
 */
public final class ArgoGlob {
  private ArgoGlob() {}

  /** Whether {@code value} matches {@code pattern}. */
  public static boolean matches(String value, String pattern) {
    if (pattern.equals(value) || pattern.equals("*")) {
      return true;
    }
    return toRegex(pattern).matcher(value).matches();
  }

  /** The regular expression equivalent to {@code glob}. */
  static Pattern toRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    int braces = 0;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        case '[' -> {
          int close = glob.indexOf(']', i + 1);
          if (close < 0) {
            regex.append("\\[");
          } else {
            String body = glob.substring(i + 1, close);
            if (body.startsWith("!")) {
              body = "^" + body.substring(1);
            }
            regex.append('[').append(body.replace("\\", "\\\\")).append(']');
            i = close;
          }
        }
        case '{' -> {
          braces++;
          regex.append("(?:");
        }
        case '}' -> {
          if (braces > 0) {
            braces--;
            regex.append(')');
          } else {
            regex.append("\\}");
          }
        }
        case ',' -> regex.append(braces > 0 ? "|" : ",");
        case '\\' -> {
          if (i + 1 < glob.length()) {
            regex.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
          }
        }
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    while (braces-- > 0) {
      regex.append(')');
    }
    return Pattern.compile(regex.toString());
  }
}
