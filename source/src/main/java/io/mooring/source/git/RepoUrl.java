package io.mooring.source.git;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repository URL normalization, as Argo CD does it for matching: lower case, no trailing slash or
 * {@code .git}, and scp-like {@code git@host:org/repo} written as {@code ssh://git@host/org/repo}.
 */
public final class RepoUrl {
  private static final Pattern SCP_LIKE = Pattern.compile("^([^@/:]+@)?([^/:]+):(?!//)(.*)$");

  private RepoUrl() {}

  /** The normalized form used as a cache key and for credential matching. */
  public static String normalize(String url) {
    String result = url.trim();
    Matcher scp = SCP_LIKE.matcher(result);
    if (!result.contains("://") && scp.matches()) {
      String user = scp.group(1) == null ? "" : scp.group(1);
      result = "ssh://" + user + scp.group(2) + "/" + scp.group(3);
    }
    result = result.toLowerCase(Locale.ROOT);
    while (result.endsWith("/")) {
      result = result.substring(0, result.length() - 1);
    }
    if (result.endsWith(".git")) {
      result = result.substring(0, result.length() - 4);
    }
    return result;
  }

  /** The URL in the form JGit's transports accept (scp-like SSH URLs are fine as they are). */
  public static String forTransport(String url) {
    return url.trim();
  }

  /** Whether the URL uses SSH (explicit {@code ssh://} or scp-like). */
  public static boolean isSsh(String url) {
    return normalize(url).startsWith("ssh://");
  }

  /** A short, file-system-safe directory name unique to the normalized URL. */
  public static String directoryName(String url) {
    String normalized = normalize(url);
    String tail = normalized.replaceAll("^[a-z+]+://", "").replaceAll("[^a-z0-9._-]+", "_");
    if (tail.length() > 40) {
      tail = tail.substring(tail.length() - 40);
    }
    return tail + "-" + sha256(normalized).substring(0, 16);
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
