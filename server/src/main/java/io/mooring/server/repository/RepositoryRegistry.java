package io.mooring.server.repository;

import io.mooring.server.secrets.SecretStore;
import io.mooring.server.secrets.SecretTypes;
import io.mooring.server.secrets.StoredSecret;
import io.mooring.source.git.RepoUrl;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The repositories and credential templates kept as Secrets, found by URL the way Argo CD finds
 * them: a repository by its normalized URL (and project, when several match), a template by the
 * longest URL prefix of the repository it applies to.
 */
public final class RepositoryRegistry {
  private final SecretStore secrets;

  /**
   * A repository with the credentials it is reached with.
   *
   * @param data its own Secret data, or that data with a template's credentials copied in
   * @param inherited whether the credentials came from a template
   */
  public record Effective(Map<String, String> data, boolean inherited) {}

  public RepositoryRegistry(SecretStore secrets) {
    this.secrets = secrets;
  }

  /** Every repository Secret. */
  public List<StoredSecret> repositories() {
    return secrets.list(SecretTypes.REPOSITORY);
  }

  /** Every credential template Secret. */
  public List<StoredSecret> templates() {
    return secrets.list(SecretTypes.REPO_CREDS);
  }

  /**
   * The repository with URL {@code url} (any equivalent spelling); when {@code project} is given,
   * the one of that project, else the only one or the one without a project.
   */
  public Optional<StoredSecret> repository(String url, String project) {
    String wanted = RepoUrl.normalize(url);
    List<StoredSecret> matching =
        repositories().stream()
            .filter(
                s ->
                    RepoUrl.normalize(s.data().getOrDefault(RepositoryFields.URL, ""))
                        .equals(wanted))
            .toList();
    if (!project.isEmpty()) {
      return matching.stream().filter(s -> project.equals(projectOf(s))).findFirst();
    }
    if (matching.size() == 1) {
      return Optional.of(matching.get(0));
    }
    return matching.stream().filter(s -> projectOf(s).isEmpty()).findFirst();
  }

  /** The credential template whose URL is exactly {@code url}. */
  public Optional<StoredSecret> template(String url) {
    return templates().stream()
        .filter(s -> url.equals(s.data().get(RepositoryFields.URL)))
        .findFirst();
  }

  /** The repository as it is reached: its own credentials, else the best template's. */
  public Effective effective(Map<String, String> repository) {
    if (RepositoryFields.hasCredentials(repository)) {
      return new Effective(repository, false);
    }
    String url = repository.getOrDefault(RepositoryFields.URL, "");
    return templates().stream()
        .filter(t -> url.startsWith(t.data().getOrDefault(RepositoryFields.URL, "\0")))
        .max(Comparator.comparingInt(t -> t.data().get(RepositoryFields.URL).length()))
        .map(t -> new Effective(RepositoryFields.inheriting(repository, t.data()), true))
        .orElse(new Effective(repository, false));
  }

  /** The project a repository Secret is scoped to; empty for a global one. */
  public static String projectOf(StoredSecret secret) {
    return secret.data().getOrDefault("project", "");
  }
}
