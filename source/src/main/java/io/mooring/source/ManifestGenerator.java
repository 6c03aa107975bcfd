package io.mooring.source;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Ticker;
import io.mooring.engine.resource.ManifestDocument;
import io.mooring.model.ApplicationSource;
import io.mooring.source.SourceException.Location;
import io.mooring.source.SourceException.Reason;
import io.mooring.source.cache.GeneratePaths;
import io.mooring.source.cache.ManifestCache;
import io.mooring.source.cache.ManifestCache.Entry;
import io.mooring.source.cache.ManifestCache.LatestRender;
import io.mooring.source.cache.ManifestCacheKey;
import io.mooring.source.credentials.Redactor;
import io.mooring.source.credentials.RepoCredentialLookup;
import io.mooring.source.credentials.RepoCredentials;
import io.mooring.source.git.CommitMetadata;
import io.mooring.source.git.GitRepositoryCache;
import io.mooring.source.git.RepoPaths;
import io.mooring.source.git.RepoUrl;
import io.mooring.source.git.ResolvedRevision;
import io.mooring.source.helmrepo.HelmChartCache;
import io.mooring.source.render.BuildEnvironment;
import io.mooring.source.render.DirectoryRenderer;
import io.mooring.source.render.HelmRenderer;
import io.mooring.source.render.HelmRendering;
import io.mooring.source.render.KustomizeRenderer;
import io.mooring.source.render.RenderInput;
import io.mooring.source.render.RenderOutput;
import io.mooring.source.render.Renderer;
import io.mooring.source.render.SourceKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The repository server's façade: {@link #generate} resolves each source's revision (a Git commit,
 * or a chart version in a Helm repository), then renders the sources in parallel (directory,
 * Kustomize or Helm), serving repeated requests from the manifest cache and reusing earlier
 * manifests when manifest-generate-paths says nothing relevant changed. Thread-safe; many requests
 * may run at once.
 */
public final class ManifestGenerator implements AutoCloseable {
  private final GeneratorSettings settings;
  private final RepoCredentialLookup credentials;
  private final GitRepositoryCache git;
  private final HelmChartCache charts;
  private final ManifestCache cache;
  private final Map<SourceKind, Renderer> renderers;
  private final ExecutorService renderPool;
  private final AtomicLong renders = new AtomicLong();
  private final AtomicLong cacheHits = new AtomicLong();
  private final AtomicLong reuses = new AtomicLong();

  /**
   * A generator with the standard renderers: directory, kustomize on PATH, and a helm binary
   * ({@code MOORING_HELM}, else {@code helm} on PATH) or else embedded Helm (helm-java).
   */
  public ManifestGenerator(GeneratorSettings settings, RepoCredentialLookup credentials) {
    this(settings, credentials, standardRenderers(settings));
  }

  /** A generator with the given renderer per source kind (tests and embedders). */
  public ManifestGenerator(
      GeneratorSettings settings,
      RepoCredentialLookup credentials,
      Map<SourceKind, Renderer> renderers) {
    this.settings = settings;
    this.credentials = credentials;
    this.git = new GitRepositoryCache(settings.git());
    this.charts = new HelmChartCache(settings.git(), Ticker.systemTicker());
    this.cache = new ManifestCache(settings.cache());
    this.renderers = new EnumMap<>(renderers);
    this.renderPool =
        Executors.newFixedThreadPool(
            settings.renderThreads(),
            task -> {
              Thread thread = new Thread(task, "mooring-render");
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * The standard renderer for each source kind; how Helm runs is chosen here, from this process's
   * environment (see {@link HelmRendering#fromEnvironment}).
   */
  public static Map<SourceKind, Renderer> standardRenderers(GeneratorSettings settings) {
    Map<SourceKind, Renderer> map = new EnumMap<>(SourceKind.class);
    map.put(SourceKind.DIRECTORY, new DirectoryRenderer());
    map.put(SourceKind.KUSTOMIZE, KustomizeRenderer.onPath());
    map.put(
        SourceKind.HELM,
        new HelmRenderer(
            HelmRendering.fromEnvironment(System.getenv()), settings.defaultKubeVersion()));
    return map;
  }

  /** Produces the manifests of every source in {@code request}. */
  public RenderedManifests generate(ManifestRequest request) throws SourceException {
    if (request.sources().isEmpty()) {
      throw new SourceException(Reason.INVALID_SOURCE, "the application has no source");
    }
    List<ResolvedRevision> revisions = new ArrayList<>();
    for (int i = 0; i < request.sources().size(); i++) {
      revisions.add(resolve(request, i));
    }
    Map<String, SourceFiles> refTrees = new LinkedHashMap<>();
    Map<String, String> refCommits = new LinkedHashMap<>();
    for (int i = 0; i < request.sources().size(); i++) {
      ApplicationSource source = request.sources().get(i);
      if (source.ref != null && !source.ref.isBlank()) {
        if (isChart(source)) {
          throw new SourceException(
              Reason.INVALID_SOURCE,
              "source " + i + " sets ref '" + source.ref + "': only Git sources can be referenced");
        }
        refTrees.put(source.ref, git.tree(revisions.get(i)));
        refCommits.put(source.ref, revisions.get(i).sha());
      }
    }
    List<Future<SourceManifests>> pending = new ArrayList<>();
    for (int i = 0; i < request.sources().size(); i++) {
      if (isRefOnly(request.sources().get(i))) {
        continue;
      }
      SourceTask task = new SourceTask(request, i, revisions.get(i), refTrees, refCommits);
      pending.add(renderPool.submit(task::run));
    }
    List<SourceManifests> results = new ArrayList<>();
    for (Future<SourceManifests> future : pending) {
      results.add(await(future));
    }
    return new RenderedManifests(results);
  }

  /**
   * A repository announced a new revision (a webhook): the next request for it fetches at once
   * instead of trusting a fetch made within the freshness window.
   */
  public void repositoryChanged(String repoUrl) {
    git.expire(repoUrl);
    charts.expire(repoUrl);
  }

  /**
   * Author, date, message and tags of the commit {@code revision} names in the Git repository
   * {@code repoUrl} (read-only; credentials as for rendering).
   *
   * @throws SourceException with {@link Reason#REVISION_NOT_FOUND} when nothing has that name
   */
  public CommitMetadata commitMetadata(String repoUrl, String revision) throws SourceException {
    return git.commitMetadata(credentials.lookup(repoUrl), revision);
  }

  /** Counters since this generator started. */
  public GeneratorStats stats() {
    return new GeneratorStats(renders.get(), cacheHits.get(), reuses.get(), git.fetchCount());
  }

  private ResolvedRevision resolve(ManifestRequest request, int index) throws SourceException {
    ApplicationSource source = request.sources().get(index);
    if (source.repoURL == null || source.repoURL.isBlank()) {
      throw new SourceException(Reason.INVALID_SOURCE, "source " + index + " has no repoURL");
    }
    FetchPolicy policy =
        request.options().contains(ManifestRequest.Option.BYPASS_CACHE)
            ? FetchPolicy.FETCH_NOW
            : FetchPolicy.REUSE_RECENT;
    RepoCredentials repoCredentials = credentials.lookup(source.repoURL);
    if (isChart(source)) {
      return charts.resolve(repoCredentials, source.chart, request.revisionFor(index), policy);
    }
    return git.resolve(repoCredentials, request.revisionFor(index), policy);
  }

  private static boolean isChart(ApplicationSource source) {
    return source.chart != null && !source.chart.isBlank();
  }

  private static boolean isRefOnly(ApplicationSource source) {
    return source.ref != null
        && !source.ref.isBlank()
        && (source.path == null || source.path.isBlank())
        && !isChart(source);
  }

  private static SourceManifests await(Future<SourceManifests> future) throws SourceException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SourceException cause) {
        throw cause;
      }
      throw new IllegalStateException("render failed unexpectedly: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourceException(Reason.IO, "interrupted while rendering", e);
    }
  }

  /** Renders (or finds) the manifests of one source. */
  private final class SourceTask {
    private final ManifestRequest request;
    private final int index;
    private final ResolvedRevision revision;
    private final Map<String, SourceFiles> refTrees;
    private final Map<String, String> refCommits;

    SourceTask(
        ManifestRequest request,
        int index,
        ResolvedRevision revision,
        Map<String, SourceFiles> refTrees,
        Map<String, String> refCommits) {
      this.request = request;
      this.index = index;
      this.revision = revision;
      this.refTrees = refTrees;
      this.refCommits = refCommits;
    }

    SourceManifests run() throws SourceException {
      ApplicationSource source = request.sources().get(index);
      Location where =
          isChart(source)
              ? Location.of(
                  Redactor.url(revision.repoUrl()),
                  revision.revision() + " (chart " + source.chart + " " + revision.sha() + ")")
              : new Location(
                  Redactor.url(revision.repoUrl()),
                  revision.revision() + " (" + revision.shortSha() + ")",
                  source.path == null || source.path.isBlank() ? "." : source.path);
      try {
        return find(source);
      } catch (SourceException e) {
        throw e.at(where);
      }
    }

    private SourceManifests find(ApplicationSource source) throws SourceException {
      String path = isChart(source) ? "" : RepoPaths.normalize(source.path);
      ManifestCacheKey key =
          new ManifestCacheKey(
              RepoUrl.normalize(revision.repoUrl()),
              revision.sha(),
              isChart(source) ? "chart:" + source.chart : path,
              RenderParameters.digest(request.app(), source, refCommits));
      boolean useCache = !request.options().contains(ManifestRequest.Option.BYPASS_CACHE);
      if (useCache) {
        Optional<Entry> cached = cache.get(key);
        if (cached.isPresent()) {
          cacheHits.incrementAndGet();
          return result(path, RenderOrigin.CACHED, cached.get());
        }
        Optional<Entry> reused = reuseUnchanged(key, path);
        if (reused.isPresent()) {
          reuses.incrementAndGet();
          cache.put(key, reused.get());
          return result(path, RenderOrigin.REUSED_UNCHANGED_PATHS, reused.get());
        }
      }
      Entry rendered = render(source, path);
      renders.incrementAndGet();
      cache.put(key, rendered);
      return result(path, RenderOrigin.RENDERED, rendered);
    }

    private Optional<Entry> reuseUnchanged(ManifestCacheKey key, String path)
        throws SourceException {
      Optional<GeneratePaths> paths = GeneratePaths.parse(request.generatePaths(), path);
      Optional<LatestRender> latest = cache.latest(key);
      if (paths.isEmpty() || latest.isEmpty() || revision.gitCommit().isEmpty()) {
        return Optional.empty();
      }
      var changed =
          git.changedFiles(
              revision.repoUrl(),
              ObjectId.fromString(latest.get().commit()),
              revision.gitCommit().get());
      return paths.get().touchedBy(changed) ? Optional.empty() : Optional.of(latest.get().render());
    }

    private Entry render(ApplicationSource source, String path) throws SourceException {
      SourceFiles files;
      SourceKind kind;
      if (isChart(source)) {
        files =
            charts.chart(
                credentials.lookup(source.repoURL), source.chart, revision, settings.limits());
        kind = SourceKind.HELM;
      } else {
        files = git.tree(revision);
        kind = SourceKind.of(source, files, path);
      }
      BuildEnvironment environment =
          new BuildEnvironment(
              request.app().name(),
              request.app().namespace(),
              request.app().project(),
              revision.sha(),
              source.path == null ? "" : source.path,
              source.repoURL,
              source.targetRevision == null ? "" : source.targetRevision);
      RenderInput input =
          new RenderInput(source, path, files, refTrees, environment, settings.limits());
      RenderOutput output = renderers.get(kind).render(input);
      List<ObjectNode> manifests = new ArrayList<>();
      for (ManifestDocument document : output.documents()) {
        manifests.add(document.object());
      }
      return new Entry(manifests, output.warnings());
    }

    private SourceManifests result(String path, RenderOrigin origin, Entry render) {
      List<ObjectNode> copies = new ArrayList<>(render.manifests().size());
      render.manifests().forEach(m -> copies.add(m.deepCopy()));
      return new SourceManifests(index, revision, path, origin, copies, render.warnings());
    }
  }

  @Override
  public void close() {
    renderPool.shutdownNow();
    git.close();
  }
}
