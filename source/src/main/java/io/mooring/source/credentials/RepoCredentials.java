package io.mooring.source.credentials;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Credentials for one repository, as Argo CD stores them in a Secret: HTTPS user name and password
 * (or token), or an SSH private key; {@code insecure} skips TLS verification and SSH host-key
 * checking. {@link #toString()} never shows secret values.
 */
public record RepoCredentials(
    String url, String username, String password, String sshPrivateKey, boolean insecure) {

  /** No credentials at all (anonymous access, host keys still checked). */
  public static RepoCredentials anonymous(String url) {
    return new RepoCredentials(url, null, null, null, false);
  }

  /** Whether any secret (password, token or key) is set. */
  public boolean hasSecret() {
    return notBlank(password) || notBlank(sshPrivateKey);
  }

  /** Whether user name, password or key is set (a URL alone is not a credential). */
  public boolean isEmpty() {
    return !notBlank(username) && !hasSecret();
  }

  /** The secret values to scrub from any message or log line. */
  public List<String> secretValues() {
    return Stream.of(password, sshPrivateKey).filter(RepoCredentials::notBlank).toList();
  }

  /** These credentials filling in whatever {@code fallback} provides and these lack. */
  public RepoCredentials orElse(RepoCredentials fallback) {
    if (!isEmpty() || fallback == null) {
      return this;
    }
    return new RepoCredentials(
        url,
        fallback.username,
        fallback.password,
        fallback.sshPrivateKey,
        insecure || fallback.insecure);
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }

  @Override
  public String toString() {
    return "RepoCredentials[url="
        + url
        + ", username="
        + Objects.requireNonNullElse(username, "")
        + ", password="
        + (notBlank(password) ? "***" : "")
        + ", sshPrivateKey="
        + (notBlank(sshPrivateKey) ? "***" : "")
        + ", insecure="
        + insecure
        + "]";
  }
}
