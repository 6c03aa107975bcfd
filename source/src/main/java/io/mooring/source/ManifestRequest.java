package io.mooring.source;

import io.mooring.model.Application;
import io.mooring.model.ApplicationSource;
import io.mooring.source.cache.GeneratePaths;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One request for manifests: the Application's identity and sources, optional revision overrides
 * (one per source; null keeps the source's targetRevision), and the manifest-generate-paths
 * annotation if the Application has one.
 */
public record ManifestRequest(
    AppIdentity app,
    List<ApplicationSource> sources,
    List<String> revisions,
    String generatePaths,
    Set<Option> options) {

  /** Switches that change how a request is served. */
  public enum Option {
    /** Ignore cached renders and render again (Argo CD's hard refresh). */
    BYPASS_CACHE
  }

  public ManifestRequest {
    sources = List.copyOf(sources);
    revisions = revisions == null ? List.of() : new ArrayList<>(revisions);
    options = options == null || options.isEmpty() ? Set.of() : Set.copyOf(options);
  }

  /** The request the controller makes for {@code application}: spec.sources, else spec.source. */
  public static ManifestRequest forApplication(Application application) {
    Objects.requireNonNull(application.spec, "application has no spec");
    List<ApplicationSource> sources =
        application.spec.sources != null && !application.spec.sources.isEmpty()
            ? application.spec.sources
            : application.spec.source == null ? List.of() : List.of(application.spec.source);
    String name = application.metadata == null ? null : application.metadata.name;
    String annotation =
        application.metadata == null || application.metadata.annotations == null
            ? null
            : application.metadata.annotations.get(GeneratePaths.ANNOTATION);
    String namespace =
        application.spec.destination == null ? null : application.spec.destination.namespace;
    return new ManifestRequest(
        new AppIdentity(name, namespace, application.spec.project),
        sources,
        List.of(),
        annotation,
        Set.of());
  }

  /** This request rendering the given revisions instead of the sources' targetRevisions. */
  public ManifestRequest withRevisions(List<String> newRevisions) {
    return new ManifestRequest(app, sources, newRevisions, generatePaths, options);
  }

  /** This request with extra options. */
  public ManifestRequest with(Option first, Option... rest) {
    EnumSet<Option> all = EnumSet.of(first, rest);
    all.addAll(options);
    return new ManifestRequest(app, sources, revisions, generatePaths, all);
  }

  /** The revision to use for source {@code index}. */
  public String revisionFor(int index) {
    if (index < revisions.size()
        && revisions.get(index) != null
        && !revisions.get(index).isBlank()) {
      return revisions.get(index);
    }
    return sources.get(index).targetRevision;
  }
}
