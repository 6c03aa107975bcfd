package io.mooring.source.credentials;

import io.mooring.source.git.RepoUrl;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the credentials for a repository URL the way Argo CD does: a {@code repository} Secret
 * whose URL matches exactly (after normalization) wins; when it has no credentials of its own, or
 * there is none, the {@code repo-creds} template with the longest URL prefix applies.
 *
 * <p>Inputs are the decoded {@code data} maps of the Secrets (keys {@code url}, {@code username},
 * {@code password}, {@code sshPrivateKey}, {@code insecure}); reading them from a cluster is done
 * elsewhere.
 */
public final class RepoCredentialStore implements RepoCredentialLookup {
  private final List<RepoCredentials> repositories;
  private final List<RepoCredentials> templates;

  private RepoCredentialStore(List<RepoCredentials> repositories, List<RepoCredentials> templates) {
    this.repositories = List.copyOf(repositories);
    this.templates =
        templates.stream()
            .sorted(Comparator.comparingInt((RepoCredentials c) -> c.url().length()).reversed())
            .toList();
  }

  /** A store with no credentials: every repository is accessed anonymously. */
  public static RepoCredentialStore empty() {
    return new RepoCredentialStore(List.of(), List.of());
  }

  /**
   * A store from Secret data maps: {@code repositories} are {@code secret-type: repository}, {@code
   * templates} are {@code secret-type: repo-creds}. Entries without a {@code url} are skipped.
   */
  public static RepoCredentialStore fromSecretData(
      List<Map<String, String>> repositories, List<Map<String, String>> templates) {
    return new RepoCredentialStore(parse(repositories), parse(templates));
  }

  private static List<RepoCredentials> parse(List<Map<String, String>> secrets) {
    List<RepoCredentials> result = new ArrayList<>();
    for (Map<String, String> data : secrets) {
      String url = data.get("url");
      if (url == null || url.isBlank()) {
        continue;
      }
      result.add(
          new RepoCredentials(
              url.trim(),
              blankToNull(data.get("username")),
              blankToNull(data.get("password")),
              blankToNull(data.get("sshPrivateKey")),
              Boolean.parseBoolean(data.getOrDefault("insecure", "false").trim())));
    }
    return result;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** The credentials to use for {@code repoUrl}; anonymous when nothing matches. */
  @Override
  public RepoCredentials lookup(String repoUrl) {
    String normalized = RepoUrl.normalize(repoUrl);
    Optional<RepoCredentials> exact =
        repositories.stream()
            .filter(c -> RepoUrl.normalize(c.url()).equals(normalized))
            .findFirst();
    Optional<RepoCredentials> template =
        templates.stream().filter(c -> repoUrl.startsWith(c.url())).findFirst();
    RepoCredentials own = exact.orElse(RepoCredentials.anonymous(repoUrl));
    RepoCredentials chosen = own.orElse(template.orElse(null));
    return new RepoCredentials(
        repoUrl, chosen.username(), chosen.password(), chosen.sshPrivateKey(), chosen.insecure());
  }

  /** Every secret value in the store, for scrubbing text. */
  public List<String> allSecretValues() {
    List<String> values = new ArrayList<>();
    repositories.forEach(c -> values.addAll(c.secretValues()));
    templates.forEach(c -> values.addAll(c.secretValues()));
    return values;
  }
}
