package io.mooring.source.git;

import java.util.Objects;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A revision as the user wrote it and what it resolved to: a Git commit, or for a chart from a Helm
 * repository, the chart's version.
 *
 * @param repoUrl the repository URL as given
 * @param revision the requested revision ("HEAD" when none was given) or version constraint
 * @param commit the commit it names; null for a Helm repository chart
 * @param chartVersion the chart version chosen; null for a Git source
 */
public record ResolvedRevision(
    String repoUrl, String revision, ObjectId commit, String chartVersion) {
  public ResolvedRevision {
    if ((commit == null) == (chartVersion == null)) {
      throw new IllegalArgumentException("a revision is either a commit or a chart version");
    }
  }

  /** A Git revision resolved to {@code commit}. */
  public ResolvedRevision(String repoUrl, String revision, ObjectId commit) {
    this(repoUrl, revision, Objects.requireNonNull(commit, "commit"), null);
  }

  /** A Helm repository chart whose {@code constraint} resolved to {@code version}. */
  public static ResolvedRevision chart(String repoUrl, String constraint, String version) {
    return new ResolvedRevision(repoUrl, constraint, null, version);
  }

  /** The Git commit, if this is a Git revision. */
  public Optional<ObjectId> gitCommit() {
    return Optional.ofNullable(commit);
  }

  /**
   * The full 40-character commit id, or the chart version for a Helm repository chart (what Argo CD
   * reports as the source's revision, and what pins it for a later render).
   */
  public String sha() {
    return commit != null ? commit.name() : chartVersion;
  }

  /** The first 7 characters of the commit id as Argo CD shows it, or the chart version. */
  public String shortSha() {
    return commit != null ? commit.name().substring(0, 7) : chartVersion;
  }
}
