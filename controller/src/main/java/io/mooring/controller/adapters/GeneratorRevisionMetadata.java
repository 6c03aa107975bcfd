package io.mooring.controller.adapters;

import io.mooring.controller.ports.ManifestSource.RenderFailure;
import io.mooring.controller.ports.RevisionMetadataSource;
import io.mooring.source.ManifestGenerator;
import io.mooring.source.SourceException;
import io.mooring.source.git.CommitMetadata;
import java.util.Optional;

/** Commit metadata read through the repository server's generator (its one set of mirrors). */
public final class GeneratorRevisionMetadata implements RevisionMetadataSource {
  private final ManifestGenerator generator;

  public GeneratorRevisionMetadata(ManifestGenerator generator) {
    this.generator = generator;
  }

  @Override
  public Optional<CommitMetadata> metadata(String repoUrl, String revision) throws RenderFailure {
    try {
      return Optional.of(generator.commitMetadata(repoUrl, revision));
    } catch (SourceException e) {
      if (e.reason() == SourceException.Reason.REVISION_NOT_FOUND) {
        return Optional.empty();
      }
      throw new RenderFailure(e.getMessage(), e);
    }
  }
}
