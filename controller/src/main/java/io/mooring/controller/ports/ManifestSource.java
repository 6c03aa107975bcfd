package io.mooring.controller.ports;

import io.mooring.model.Application;

/** Renders an Application's source(s) at a revision into manifests (the repository server). */
public interface ManifestSource {
  /**
   * Renders {@code request.app()}'s sources.
   *
   * @throws RenderFailure when the repository, revision or rendering fails; the message names the
   *     repo, revision and path and never contains credentials
   */
  RenderedApp render(RenderRequest request) throws RenderFailure;

  /** How to render: at the spec's targetRevision unless {@code revision} is given. */
  record RenderRequest(Application app, String revision, Refresh refresh) {}

  /** A normal refresh may use the manifest cache; a hard one bypasses it. */
  enum Refresh {
    NORMAL,
    HARD
  }

  /** A rendering that failed, with a message a user can act on. */
  final class RenderFailure extends Exception {
    private static final long serialVersionUID = 1L;

    public RenderFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
