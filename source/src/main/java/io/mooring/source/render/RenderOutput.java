package io.mooring.source.render;

import io.mooring.engine.resource.ManifestDocument;
import java.util.List;

/**
 * What one renderer produced for one source: the objects, and warnings for the user about options
 * it could not honour.
 */
public record RenderOutput(List<ManifestDocument> documents, List<String> warnings) {
  public RenderOutput {
    documents = List.copyOf(documents);
    warnings = List.copyOf(warnings);
  }

  /** Objects rendered with nothing to warn about. */
  public static RenderOutput of(List<ManifestDocument> documents) {
    return new RenderOutput(documents, List.of());
  }
}
