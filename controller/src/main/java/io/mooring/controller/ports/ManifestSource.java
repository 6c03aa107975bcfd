package io.mooring.controller.ports;

import io.mooring.model.Application;
import io.mooring.model.ApplicationSource;
import io.mooring.model.SyncOperation;
import java.util.List;

/** Renders an Application's source(s) at a revision into manifests (the repository server). */
public interface ManifestSource {
  /**
   * Renders {@code request.app()}'s sources.
   *
   * @throws RenderFailure when the repository, revision or rendering fails; the message names the
   *     repo, revision and path and never contains credentials
   */
  RenderedApp render(RenderRequest request) throws RenderFailure;

  /**
   * How to render.
   *
   * @param app the Application
   * @param sources the sources to render instead of the spec's (a rollback's); empty: the spec's
   * @param revisions one revision per source instead of its targetRevision (null entries keep it);
   *     empty: every targetRevision
   * @param refresh whether the manifest cache may answer
   */
  record RenderRequest(
      Application app, List<ApplicationSource> sources, List<String> revisions, Refresh refresh) {

    public RenderRequest {
      sources = List.copyOf(sources);
      revisions = revisions.stream().map(r -> r == null ? "" : r).toList();
    }

    /** The spec's sources at their target revisions. */
    public static RenderRequest ofSpec(Application app, Refresh refresh) {
      return new RenderRequest(app, List.of(), List.of(), refresh);
    }

    /**
     * What a sync operation asks for: its source(s) when set (a rollback), else the spec's, at its
     * revision(s) when set.
     */
    public static RenderRequest ofOperation(Application app, SyncOperation sync) {
      if (sync == null) {
        return ofSpec(app, Refresh.NORMAL);
      }
      List<ApplicationSource> sources =
          sync.sources != null && !sync.sources.isEmpty()
              ? sync.sources
              : sync.source != null ? List.of(sync.source) : List.of();
      List<String> revisions =
          sync.revisions != null && !sync.revisions.isEmpty()
              ? sync.revisions
              : sync.revision != null ? List.of(sync.revision) : List.of();
      return new RenderRequest(app, sources, revisions, Refresh.NORMAL);
    }
  }

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
