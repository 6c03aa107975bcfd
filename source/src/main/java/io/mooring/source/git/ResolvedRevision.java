package io.mooring.source.git;

import org.eclipse.jgit.lib.ObjectId;

/**
 * A revision as the user wrote it and the commit it resolved to.
 *
 * @param repoUrl the repository URL as given
 * @param revision the requested revision ("HEAD" when none was given)
 * @param commit the commit it names
 */
public record ResolvedRevision(String repoUrl, String revision, ObjectId commit) {
  /** The full 40-character commit id. */
  public String sha() {
    return commit.name();
  }

  /** The first 7 characters of the commit id, as Argo CD shows it. */
  public String shortSha() {
    return commit.name().substring(0, 7);
  }
}
