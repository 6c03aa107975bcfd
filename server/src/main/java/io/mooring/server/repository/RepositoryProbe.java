package io.mooring.server.repository;

import io.mooring.server.connection.ConnectionState;
import java.util.List;

/** Reaches repositories with given credentials (the repository server's part of the API). */
public interface RepositoryProbe {
  /** A fresh attempt to reach the repository; never throws, never names a credential. */
  ConnectionState check(RepositoryAccess access);

  /**
   * The branches and tags of a Git repository; {@code ApiException} (400) when it cannot be reached
   * or is not a Git repository.
   */
  Refs refs(RepositoryAccess access);

  /**
   * A repository's branch and tag names, sorted.
   *
   * @param branches branch names
   * @param tags tag names
   */
  record Refs(List<String> branches, List<String> tags) {
    public Refs {
      branches = List.copyOf(branches);
      tags = List.copyOf(tags);
    }
  }
}
