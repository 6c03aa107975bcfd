package io.mooring.source.git;

import java.time.Instant;
import java.util.List;

/**
 * What a Git commit says about itself, as Argo CD's RevisionMetadata shows it.
 *
 * @param sha the full commit id
 * @param author {@code Name <email>} of the author
 * @param date when the commit was authored
 * @param tags the tags that point at the commit (annotated tags peeled), sorted
 * @param message the full commit message
 */
public record CommitMetadata(
    String sha, String author, Instant date, List<String> tags, String message) {
  public CommitMetadata {
    tags = List.copyOf(tags);
  }
}
