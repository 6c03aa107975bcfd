package io.mooring.source.credentials;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Repository credentials that can be replaced while Mooring runs (a repository Secret added or
 * changed): every lookup uses the store set last. Thread-safe.
 */
public final class LiveRepoCredentials implements RepoCredentialLookup {
  private final AtomicReference<RepoCredentialStore> current;

  /** Starts with {@code initial}. */
  public LiveRepoCredentials(RepoCredentialStore initial) {
    this.current = new AtomicReference<>(initial);
  }

  /** Uses {@code store} from now on. */
  public void replace(RepoCredentialStore store) {
    current.set(store);
  }

  @Override
  public RepoCredentials lookup(String repoUrl) {
    return current.get().lookup(repoUrl);
  }
}
