package io.mooring.controller.adapters;

import io.mooring.controller.ports.ManifestSource;
import io.mooring.controller.ports.RenderedApp;
import io.mooring.source.ManifestGenerator;
import io.mooring.source.ManifestRequest;
import io.mooring.source.RenderedManifests;
import io.mooring.source.SourceException;
import io.mooring.source.SourceManifests;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The controller's manifest source, served in process by the repository server's generator. A
 * request's own sources (a rollback's) replace the spec's.
 */
public final class GeneratorManifestSource implements ManifestSource {
  private final ManifestGenerator generator;

  public GeneratorManifestSource(ManifestGenerator generator) {
    this.generator = generator;
  }

  @Override
  public RenderedApp render(RenderRequest request) throws RenderFailure {
    ManifestRequest manifestRequest = ManifestRequest.forApplication(request.app());
    if (!request.sources().isEmpty()) {
      manifestRequest =
          new ManifestRequest(
              manifestRequest.app(),
              request.sources(),
              List.of(),
              manifestRequest.generatePaths(),
              manifestRequest.options());
    }
    if (!request.revisions().isEmpty()) {
      manifestRequest = manifestRequest.withRevisions(request.revisions());
    }
    if (request.refresh() == Refresh.HARD) {
      manifestRequest = manifestRequest.with(ManifestRequest.Option.BYPASS_CACHE);
    }
    try {
      RenderedManifests rendered = generator.generate(manifestRequest);
      return new RenderedApp(revisions(manifestRequest, rendered), rendered.sortedManifests());
    } catch (SourceException e) {
      throw new RenderFailure(e.getMessage(), e);
    }
  }

  /** One revision per source: the resolved commit where rendered, else the requested revision. */
  private static List<String> revisions(ManifestRequest request, RenderedManifests rendered) {
    List<String> revisions =
        new ArrayList<>(Collections.nCopies(request.sources().size(), (String) null));
    for (int i = 0; i < request.sources().size(); i++) {
      revisions.set(i, request.revisionFor(i));
    }
    for (SourceManifests source : rendered.sources()) {
      revisions.set(source.index(), source.revision().sha());
    }
    return revisions;
  }
}
