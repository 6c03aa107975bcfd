package io.mooring.server.webhook;

import io.mooring.model.Application;
import io.mooring.model.ApplicationSource;
import io.mooring.source.SourceException;
import io.mooring.source.cache.GeneratePaths;
import io.mooring.source.git.RepoUrl;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which Applications a push concerns, as Argo CD decides it: a source whose repoURL is the pushed
 * repository (compared normalized: case, {@code .git}, SSH and HTTPS forms) and whose
 * targetRevision is the pushed branch or tag ({@code HEAD} or empty: the default branch). When the
 * app has a {@code manifest-generate-paths} annotation and the push lists its files, only apps
 * whose paths the push touched are kept. Pure: no I/O.
 */
public final class PushMatcher {
  private static final String HEADS = "refs/heads/";
  private static final String TAGS = "refs/tags/";

  private PushMatcher() {}

  /** The applications among {@code apps} that {@code event} should refresh. */
  public static List<Application> matching(PushEvent event, Collection<Application> apps) {
    Set<String> repos =
        event.repoUrls().stream().map(RepoUrl::normalize).collect(Collectors.toSet());
    List<Application> matches = new ArrayList<>();
    for (Application app : apps) {
      List<ApplicationSource> sources =
          sourcesOf(app).stream()
              .filter(source -> source.repoURL != null)
              .filter(source -> repos.contains(RepoUrl.normalize(source.repoURL)))
              .filter(source -> revisionMatches(source.targetRevision, event))
              .toList();
      if (!sources.isEmpty() && pathsTouched(app, sources, event)) {
        matches.add(app);
      }
    }
    return matches;
  }

  /** Whether a source tracking {@code targetRevision} follows the ref {@code event} moved. */
  static boolean revisionMatches(String targetRevision, PushEvent event) {
    String target = targetRevision == null ? "" : targetRevision.trim();
    if (target.isEmpty() || target.equals("HEAD")) {
      return event.touchesHead();
    }
    String revision = event.revision();
    String prefix = event.isTag() ? TAGS : HEADS;
    return target.equals(revision)
        || target.equals(prefix + revision)
        || target.equals(event.ref());
  }

  private static boolean pathsTouched(
      Application app, List<ApplicationSource> sources, PushEvent event) {
    Optional<String> annotation = annotation(app);
    if (annotation.isEmpty() || event.changedFiles().isEmpty()) {
      return true;
    }
    Set<String> files = event.changedFiles().get();
    for (ApplicationSource source : sources) {
      try {
        Optional<GeneratePaths> paths =
            GeneratePaths.parse(annotation.get(), source.path == null ? "" : source.path);
        if (paths.isEmpty() || paths.get().touchedBy(files)) {
          return true;
        }
      } catch (SourceException e) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> annotation(Application app) {
    Map<String, String> annotations = app.metadata == null ? null : app.metadata.annotations;
    return annotations == null
        ? Optional.empty()
        : Optional.ofNullable(annotations.get(GeneratePaths.ANNOTATION)).filter(a -> !a.isBlank());
  }

  private static List<ApplicationSource> sourcesOf(Application app) {
    if (app.spec == null) {
      return List.of();
    }
    if (app.spec.sources != null && !app.spec.sources.isEmpty()) {
      return app.spec.sources;
    }
    return app.spec.source == null ? List.of() : List.of(app.spec.source);
  }
}
