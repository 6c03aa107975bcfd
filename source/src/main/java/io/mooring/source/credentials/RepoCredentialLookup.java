package io.mooring.source.credentials;

/** Finds the credentials to use for a repository URL (anonymous when none are configured). */
@FunctionalInterface
public interface RepoCredentialLookup {
  /** The credentials for {@code repoUrl}; anonymous when nothing matches. */
  RepoCredentials lookup(String repoUrl);
}
