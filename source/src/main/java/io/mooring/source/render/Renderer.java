package io.mooring.source.render;

import io.mooring.source.SourceException;

/** Turns one source at one commit into Kubernetes objects: a directory, Kustomize or Helm. */
public interface Renderer {
  /** Renders the source; errors name the file or carry the tool's message. */
  RenderOutput render(RenderInput input) throws SourceException;
}
