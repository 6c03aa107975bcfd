package io.mooring.source.git;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.mooring.source.FetchPolicy;
import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Location;
import io.mooring.source.SourceException.Reason;
import io.mooring.source.credentials.Redactor;
import io.mooring.source.credentials.RepoCredentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jgit.api.FetchCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bare mirror per normalized repository URL under a cache directory, fetched incrementally.
 * Requests for the same repository share fetches (see {@link SharedFetches}): one running now, or
 * one started within the freshness window, serves them. Diffs between two commits are remembered.
 * Thread-safe.
 */
public final class GitRepositoryCache implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GitRepositoryCache.class);
  private static final List<RefSpec> MIRROR_REFSPECS =
      List.of(new RefSpec("+refs/heads/*:refs/heads/*"), new RefSpec("+refs/tags/*:refs/tags/*"));

  private record CommitPair(String repo, ObjectId from, ObjectId to) {}

  private record CommitKey(String repo, ObjectId commit) {}

  private final GitSettings settings;
  private final Map<String, Repository> repositories = new ConcurrentHashMap<>();
  private final SharedFetches fetches;
  private final Cache<CommitPair, Set<String>> diffs =
      Caffeine.newBuilder().maximumSize(4096).build();
  private final Cache<CommitKey, CommitMetadata> commits =
      Caffeine.newBuilder().maximumSize(4096).build();
  private final AtomicLong fetchCount = new AtomicLong();

  /** A cache keeping its mirrors under {@code settings.cacheDirectory()}. */
  public GitRepositoryCache(GitSettings settings) {
    this(settings, Ticker.systemTicker());
  }

  /** A cache measuring the freshness window with {@code ticker} (tests). */
  public GitRepositoryCache(GitSettings settings, Ticker ticker) {
    this.settings = settings;
    this.fetches = new SharedFetches(settings.fetchFreshness(), ticker);
  }

  /** Resolves {@code revision}, reusing a fetch made within the freshness window. */
  public ResolvedRevision resolve(RepoCredentials credentials, String revision)
      throws SourceException {
    return resolve(credentials, revision, FetchPolicy.REUSE_RECENT);
  }

  /**
   * Fetches the repository as {@code policy} demands (sharing fetches with concurrent requests) and
   * resolves {@code revision}. A full commit id already present locally is resolved without any
   * network access. A revision that a recent fetch did not have (a branch or tag pushed within the
   * freshness window) is looked for once more after a fetch made now, before it is reported
   * missing.
   */
  public ResolvedRevision resolve(RepoCredentials credentials, String revision, FetchPolicy policy)
      throws SourceException {
    String url = credentials.url();
    String rev = revision == null || revision.isBlank() ? Constants.HEAD : revision.trim();
    Location where = Location.of(Redactor.url(url), rev);
    try {
      Repository repository = repository(url);
      if (RevisionResolver.isFullSha(rev) && has(repository, rev)) {
        return new ResolvedRevision(url, rev, RevisionResolver.resolve(repository, rev).copy());
      }
      try {
        return fetchedAndResolved(repository, credentials, rev, policy);
      } catch (SourceException e) {
        if (policy == FetchPolicy.FETCH_NOW || e.reason() != Reason.REVISION_NOT_FOUND) {
          throw e;
        }
        return fetchedAndResolved(repository, credentials, rev, FetchPolicy.FETCH_NOW);
      }
    } catch (SourceException e) {
      throw e.at(where);
    }
  }

  private ResolvedRevision fetchedAndResolved(
      Repository repository, RepoCredentials credentials, String rev, FetchPolicy policy)
      throws SourceException {
    List<RefSpec> extra = extraRefSpec(rev);
    fetches.ensureFresh(
        RepoUrl.normalize(credentials.url()) + " " + extra,
        policy,
        () -> fetch(repository, credentials, extra));
    return new ResolvedRevision(
        credentials.url(), rev, RevisionResolver.resolve(repository, rev).copy());
  }

  /**
   * Author, date, message and tags of the commit {@code revision} names (a branch, tag or commit
   * id), fetching as {@link #resolve(RepoCredentials, String)} does. Commits never change, so the
   * answer is remembered per commit.
   *
   * @throws SourceException with {@link Reason#REVISION_NOT_FOUND} when nothing has that name
   */
  public CommitMetadata commitMetadata(RepoCredentials credentials, String revision)
      throws SourceException {
    ResolvedRevision resolved = resolve(credentials, revision);
    CommitKey key = new CommitKey(RepoUrl.normalize(credentials.url()), resolved.commit().copy());
    CommitMetadata known = commits.getIfPresent(key);
    if (known != null) {
      return known;
    }
    CommitMetadata read =
        CommitMetadataReader.read(repository(credentials.url()), resolved.commit());
    commits.put(key, read);
    return read;
  }

  /** The repository announced a new revision: the next request for it fetches. */
  public void expire(String repoUrl) {
    String prefix = RepoUrl.normalize(repoUrl) + " ";
    fetches.expire(prefix + List.of());
  }

  /** The files of a resolved commit. */
  public CommitTree tree(ResolvedRevision revision) throws SourceException {
    Repository repository = repository(revision.repoUrl());
    try (RevWalk walk = new RevWalk(repository)) {
      return new CommitTree(repository, walk.parseCommit(revision.commit()));
    } catch (IOException e) {
      throw new SourceException(Reason.IO, "could not read commit: " + e.getMessage(), e)
          .at(Location.of(Redactor.url(revision.repoUrl()), revision.sha()));
    }
  }

  /**
   * The repository-relative paths of files that differ between two commits of a repository;
   * computed once per pair of commits.
   */
  public Set<String> changedFiles(String repoUrl, ObjectId from, ObjectId to)
      throws SourceException {
    CommitPair pair = new CommitPair(RepoUrl.normalize(repoUrl), from.copy(), to.copy());
    try {
      return diffs.get(pair, p -> diff(repoUrl, p));
    } catch (UncheckedSourceException e) {
      throw e.getCause();
    }
  }

  private Set<String> diff(String repoUrl, CommitPair pair) {
    Set<String> changed = new TreeSet<>();
    try {
      Repository repository = repository(repoUrl);
      try (RevWalk walk = new RevWalk(repository);
          TreeWalk tree = new TreeWalk(repository)) {
        tree.addTree(walk.parseCommit(pair.from()).getTree());
        tree.addTree(walk.parseCommit(pair.to()).getTree());
        tree.setRecursive(true);
        tree.setFilter(TreeFilter.ANY_DIFF);
        while (tree.next()) {
          changed.add(tree.getPathString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedSourceException(
          new SourceException(Reason.IO, "could not compare commits: " + e.getMessage(), e)
              .at(Location.of(Redactor.url(repoUrl), pair.to().name())));
    } catch (SourceException e) {
      throw new UncheckedSourceException(e);
    }
    return Collections.unmodifiableSet(changed);
  }

  /** Carries a SourceException through the diff cache's loader. */
  private static final class UncheckedSourceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UncheckedSourceException(SourceException cause) {
      super(cause);
    }

    @Override
    public synchronized SourceException getCause() {
      return (SourceException) super.getCause();
    }
  }

  /** How many network fetches this cache has made (shared fetches count once). */
  public long fetchCount() {
    return fetchCount.get();
  }

  private static boolean has(Repository repository, String sha) throws SourceException {
    try {
      return repository.getObjectDatabase().has(ObjectId.fromString(sha));
    } catch (IOException e) {
      throw new SourceException(Reason.IO, e.getMessage(), e);
    }
  }

  private static List<RefSpec> extraRefSpec(String revision) {
    boolean otherRef =
        revision.startsWith(Constants.R_REFS)
            && !revision.startsWith(Constants.R_HEADS)
            && !revision.startsWith(Constants.R_TAGS);
    return otherRef ? List.of(new RefSpec("+" + revision + ":" + revision)) : List.of();
  }

  private Repository repository(String url) throws SourceException {
    String key = RepoUrl.normalize(url);
    try {
      return repositories.computeIfAbsent(key, k -> openOrCreate(url));
    } catch (IllegalStateException e) {
      throw new SourceException(Reason.IO, e.getMessage(), e);
    }
  }

  private Repository openOrCreate(String url) {
    Path directory = settings.cacheDirectory().resolve(RepoUrl.directoryName(url));
    try {
      Repository repository =
          new FileRepositoryBuilder().setGitDir(directory.toFile()).setBare().build();
      if (!Files.exists(directory.resolve("config"))) {
        repository.create(true);
      }
      return repository;
    } catch (IOException e) {
      throw new IllegalStateException(
          "could not create the repository cache at " + directory + ": " + e.getMessage(), e);
    }
  }

  private void fetch(Repository repository, RepoCredentials credentials, List<RefSpec> extra)
      throws SourceException {
    List<String> secrets = credentials.secretValues();
    List<RefSpec> refSpecs = new ArrayList<>(MIRROR_REFSPECS);
    refSpecs.addAll(extra);
    fetchCount.incrementAndGet();
    LOG.debug("fetching {}", Redactor.url(credentials.url()));
    long started = System.nanoTime();
    try {
      fetchFromRemote(repository, credentials, refSpecs, secrets);
    } finally {
      settings
          .requests()
          .requested(
              credentials.url(),
              GitRequestType.FETCH,
              Duration.ofNanos(System.nanoTime() - started));
    }
  }

  private void fetchFromRemote(
      Repository repository,
      RepoCredentials credentials,
      List<RefSpec> refSpecs,
      List<String> secrets)
      throws SourceException {
    try (GitAuthentication auth = GitAuthentication.of(credentials, settings.knownHosts());
        Git git = Git.wrap(repository)) {
      if (credentials.insecure()) {
        allowInsecureHttps(repository);
      }
      FetchCommand command =
          git.fetch()
              .setRemote(RepoUrl.forTransport(credentials.url()))
              .setRefSpecs(refSpecs)
              .setTagOpt(TagOpt.NO_TAGS)
              .setRemoveDeletedRefs(true)
              .setTimeout((int) settings.networkTimeout().toSeconds());
      FetchResult result = auth.apply(command, credentials).call();
      updateHead(repository, result.getAdvertisedRef(Constants.HEAD));
    } catch (GitAPIException | RuntimeException e) {
      String message = Redactor.text(messageOf(e), secrets);
      LOG.warn("could not fetch {}: {}", Redactor.url(credentials.url()), message);
      throw new SourceException(
          Reason.REPO_UNREACHABLE, "could not fetch: " + message + hostKeyHint(message), null);
    } catch (IOException | GeneralSecurityException e) {
      throw new SourceException(
          Reason.REPO_UNREACHABLE,
          "could not set up credentials: " + Redactor.text(messageOf(e), secrets),
          null);
    }
  }

  private static String hostKeyHint(String message) {
    return message.contains("Server key did not validate")
        ? " (the server's SSH host key is not in known_hosts: add it there, or mark the repository"
            + " insecure to skip host-key checking)"
        : "";
  }

  static String messageOf(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null && text.length() < 2000; t = t.getCause()) {
      if (t.getMessage() != null && text.indexOf(t.getMessage()) < 0) {
        if (text.length() > 0) {
          text.append(": ");
        }
        text.append(t.getMessage());
      }
    }
    return text.length() == 0 ? e.getClass().getSimpleName() : text.toString();
  }

  private static void allowInsecureHttps(Repository repository) throws IOException {
    StoredConfig config = repository.getConfig();
    config.setBoolean("http", null, "sslVerify", false);
    config.save();
  }

  private static void updateHead(Repository repository, Ref advertised) throws IOException {
    if (advertised == null) {
      return;
    }
    if (advertised.isSymbolic()) {
      RefUpdate link = repository.updateRef(Constants.HEAD);
      link.link(advertised.getTarget().getName());
      return;
    }
    if (advertised.getObjectId() != null) {
      RefUpdate detach = repository.updateRef(Constants.HEAD, true);
      detach.setNewObjectId(advertised.getObjectId());
      detach.forceUpdate();
    }
  }

  @Override
  public void close() {
    repositories.values().forEach(Repository::close);
    repositories.clear();
  }
}
