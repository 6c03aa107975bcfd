package io.mooring.source.render;

import io.mooring.engine.resource.ManifestDocument;
import io.mooring.source.SourceException;
import java.util.List;

/** Turns one source at one commit into Kubernetes objects: a directory, Kustomize or Helm. */
public interface Renderer {
  /** Renders the source; errors name the file or carry the tool's message. */
  List<ManifestDocument> render(RenderInput input) throws SourceException;
}
