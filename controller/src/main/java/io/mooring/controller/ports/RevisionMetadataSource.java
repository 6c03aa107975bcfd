package io.mooring.controller.ports;

import io.mooring.controller.ports.ManifestSource.RenderFailure;
import io.mooring.source.git.CommitMetadata;
import java.util.Optional;

/** What a commit of a Git repository says about itself (the repository server, read-only). */
@FunctionalInterface
public interface RevisionMetadataSource {
  /**
   * The author, date, message and tags of the commit {@code revision} names in {@code repoUrl}.
   *
   * @return empty when no branch, tag or commit has that name
   * @throws RenderFailure when the repository cannot be read; the message never holds credentials
   */
  Optional<CommitMetadata> metadata(String repoUrl, String revision) throws RenderFailure;
}
