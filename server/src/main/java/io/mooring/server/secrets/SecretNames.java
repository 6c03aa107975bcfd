package io.mooring.server.secrets;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The names Argo CD gives the credential Secrets it creates: {@code repo-<hash>} (of URL and
 * project), {@code creds-<hash>} (of the URL) and {@code cluster-<host>-<hash>} (of the server
 * URL), where the hash is 32-bit FNV-1a in decimal. Lookups go by the URL in the data, never by
 * name. Pure.
 */
public final class SecretNames {
  private static final int FNV_OFFSET = 0x811c9dc5;
  private static final int FNV_PRIME = 0x01000193;

  private SecretNames() {}

  /** The name of a new repository Secret. */
  public static String repository(String url, String project) {
    return "repo-" + fnv1a(url + project);
  }

  /** The name of a new credential-template Secret. */
  public static String repoCreds(String url) {
    return "creds-" + fnv1a(url);
  }

  /** The name of a new cluster Secret. */
  public static String cluster(String server) {
    return "cluster-" + host(server) + "-" + fnv1a(server);
  }

  static String fnv1a(String text) {
    int hash = FNV_OFFSET;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= FNV_PRIME;
    }
    return Integer.toUnsignedString(hash);
  }

  private static String host(String server) {
    String host;
    try {
      host = URI.create(server).getRawAuthority();
    } catch (IllegalArgumentException e) {
      host = null;
    }
    if (host == null) {
      return "unknown";
    }
    int at = host.lastIndexOf('@');
    host = at >= 0 ? host.substring(at + 1) : host;
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      host = end > 0 ? host.substring(1, end).replace(':', '-') : host;
    } else if (host.indexOf(':') >= 0) {
      host = host.substring(0, host.indexOf(':'));
    }
    return host.toLowerCase(Locale.ROOT);
  }
}
