package io.mooring.source.helmrepo;

import com.github.benmanes.caffeine.cache.Ticker;
import io.mooring.source.FetchPolicy;
import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Location;
import io.mooring.source.SourceException.Reason;
import io.mooring.source.credentials.Redactor;
import io.mooring.source.credentials.RepoCredentials;
import io.mooring.source.git.GitSettings;
import io.mooring.source.git.RepoUrl;
import io.mooring.source.git.ResolvedRevision;
import io.mooring.source.git.SharedFetches;
import io.mooring.source.render.RenderLimits;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Charts from Helm repositories: fetches each repository's index.yaml (shared and kept fresh like a
 * Git fetch), resolves a targetRevision to a chart version, and downloads the packaged chart once
 * per repository, name and version into a directory on disk (checked against the index's digest).
 * Thread-safe.
 */
public final class HelmChartCache {
  private static final Logger LOG = LoggerFactory.getLogger(HelmChartCache.class);
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._+-]+");
  private static final long MAX_DOWNLOAD_BYTES = 64L << 20;

  private final Path directory;
  private final HelmRepositoryClient client;
  private final SharedFetches fetches;
  private final Map<String, HelmIndex> indexes = new ConcurrentHashMap<>();
  private final AtomicLong downloads = new AtomicLong();

  /** A cache keeping charts under {@code settings.cacheDirectory()/helm-charts}. */
  public HelmChartCache(GitSettings settings, Ticker ticker) {
    this.directory = settings.cacheDirectory().resolve("helm-charts");
    this.client = new HelmRepositoryClient(settings.networkTimeout());
    this.fetches = new SharedFetches(settings.fetchFreshness(), ticker);
  }

  /** Resolves {@code targetRevision} of {@code chart} against the repository's index. */
  public ResolvedRevision resolve(
      RepoCredentials credentials, String chart, String targetRevision, FetchPolicy policy)
      throws SourceException {
    String repo = Redactor.url(credentials.url());
    String constraint = targetRevision == null ? "" : targetRevision.trim();
    try {
      ChartVersion version =
          ChartVersionSelector.select(
              repo, chart, constraint, index(credentials, policy).versions(chart));
      return ResolvedRevision.chart(credentials.url(), constraint, version.version());
    } catch (SourceException e) {
      throw e.at(Location.of(repo, constraint.isEmpty() ? "*" : constraint));
    }
  }

  /** The repository announced a new chart: the next request fetches its index again. */
  public void expire(String repoUrl) {
    fetches.expire(RepoUrl.normalize(repoUrl));
  }

  /** How many chart packages have been downloaded (cache misses). */
  public long downloadCount() {
    return downloads.get();
  }

  /** The unpacked files of {@code chart} at the version {@code revision} resolved to. */
  public ChartArchive chart(
      RepoCredentials credentials, String chart, ResolvedRevision revision, RenderLimits limits)
      throws SourceException {
    String version = revision.sha();
    String label = chart + "-" + version + ".tgz";
    if (!SAFE_NAME.matcher(chart).matches() || !SAFE_NAME.matcher(version).matches()) {
      throw new SourceException(
          Reason.INVALID_SOURCE, "chart name '" + chart + "' or version is not a safe file name");
    }
    Path file = directory.resolve(RepoUrl.directoryName(credentials.url())).resolve(label);
    byte[] tgz = Files.isRegularFile(file) ? readFile(file) : download(credentials, chart, version);
    if (!Files.isRegularFile(file)) {
      store(file, tgz);
    }
    return ChartArchive.unpack(label, tgz, limits.maxFileBytes(), limits.maxTotalBytes());
  }

  private HelmIndex index(RepoCredentials credentials, FetchPolicy policy) throws SourceException {
    String key = RepoUrl.normalize(credentials.url());
    fetches.ensureFresh(
        key,
        policy,
        () -> {
          URI url = URI.create(withSlash(credentials.url())).resolve("index.yaml");
          byte[] yaml;
          try {
            yaml = client.get(url, credentials, MAX_DOWNLOAD_BYTES);
          } catch (SourceException e) {
            LOG.warn(
                "could not fetch the index of {}: {}", Redactor.url(url.toString()), e.detail());
            throw e;
          }
          indexes.put(key, HelmIndex.parse(Redactor.url(url.toString()), yaml));
        });
    HelmIndex index = indexes.get(key);
    if (index == null) {
      throw new SourceException(Reason.REPO_UNREACHABLE, "the repository index is not available");
    }
    return index;
  }

  private byte[] download(RepoCredentials credentials, String chart, String version)
      throws SourceException {
    ChartVersion entry =
        index(credentials, FetchPolicy.REUSE_RECENT).versions(chart).stream()
            .filter(v -> v.version().equals(version))
            .findFirst()
            .orElseThrow(
                () ->
                    new SourceException(
                        Reason.REVISION_NOT_FOUND,
                        "chart '" + chart + "' version " + version + " is no longer in the index"));
    if (entry.urls().isEmpty()) {
      throw new SourceException(
          Reason.INVALID_MANIFEST, "the index lists no URL for chart '" + chart + "' " + version);
    }
    URI url = URI.create(withSlash(credentials.url())).resolve(entry.urls().get(0));
    downloads.incrementAndGet();
    byte[] tgz = client.get(url, credentials, MAX_DOWNLOAD_BYTES);
    if (!entry.digest().isEmpty() && !entry.digest().equalsIgnoreCase(sha256(tgz))) {
      throw new SourceException(
          Reason.INVALID_MANIFEST,
          "chart '"
              + chart
              + "' "
              + version
              + " does not match the digest in the repository index");
    }
    return tgz;
  }

  private static String withSlash(String url) {
    return url.endsWith("/") ? url : url + "/";
  }

  private static byte[] readFile(Path file) throws SourceException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new SourceException(Reason.IO, "could not read " + file + ": " + e.getMessage(), e);
    }
  }

  private static void store(Path file, byte[] tgz) throws SourceException {
    try {
      Files.createDirectories(file.getParent());
      Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
      Files.write(partial, tgz);
      Files.move(
          partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new SourceException(Reason.IO, "could not cache " + file + ": " + e.getMessage(), e);
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
