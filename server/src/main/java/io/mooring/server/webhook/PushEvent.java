package io.mooring.server.webhook;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A push, as told by a provider's webhook.
 *
 * @param provider who sent it
 * @param repoUrls every URL form of the repository the payload gives (web, HTTPS clone, SSH)
 * @param ref the full ref pushed, such as {@code refs/heads/main} or {@code refs/tags/v1.2}
 * @param commit the commit the ref now points at ("" when the provider does not say)
 * @param changedFiles the repository-relative paths added, modified or removed; absent when the
 *     provider does not list them (or lists only some commits)
 * @param defaultBranch the repository's default branch, when the payload names it
 */
public record PushEvent(
    WebhookProvider provider,
    List<String> repoUrls,
    String ref,
    String commit,
    Optional<Set<String>> changedFiles,
    Optional<String> defaultBranch) {
  private static final String HEADS = "refs/heads/";
  private static final String TAGS = "refs/tags/";

  public PushEvent {
    repoUrls = List.copyOf(repoUrls);
    changedFiles = changedFiles.map(Set::copyOf);
  }

  /** The short name of the ref: the branch or tag name. */
  public String revision() {
    if (ref.startsWith(HEADS)) {
      return ref.substring(HEADS.length());
    }
    return ref.startsWith(TAGS) ? ref.substring(TAGS.length()) : ref;
  }

  /** Whether a tag was pushed. */
  public boolean isTag() {
    return ref.startsWith(TAGS);
  }

  /**
   * Whether the push moved the repository's default branch ({@code HEAD}); assumed when the payload
   * does not name the default branch, so that HEAD-tracking apps are never missed.
   */
  public boolean touchesHead() {
    return !isTag() && defaultBranch.map(branch -> branch.equals(revision())).orElse(true);
  }
}
