package io.mooring.source.git;

import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import io.mooring.source.credentials.Redactor;
import io.mooring.source.credentials.RepoCredentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.LsRemoteCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FileUtils;

/**
 * Asks a remote Git repository for its branches and tags with the given credentials ({@code git
 * ls-remote}), which proves the repository is reachable and the credentials are accepted. Nothing
 * is fetched or kept. Failures name the repository; credentials never appear in them.
 */
public final class GitRemoteCheck {
  private final GitSettings settings;

  /**
   * The branch and tag names a repository advertises, sorted.
   *
   * @param branches names without {@code refs/heads/}
   * @param tags names without {@code refs/tags/}
   */
  public record RemoteRefs(List<String> branches, List<String> tags) {
    public RemoteRefs {
      branches = List.copyOf(branches);
      tags = List.copyOf(tags);
    }
  }

  /** Checks with the network timeout and trusted SSH hosts of {@code settings}. */
  public GitRemoteCheck(GitSettings settings) {
    this.settings = settings;
  }

  /** The refs {@code credentials.url()} advertises to {@code credentials}. */
  public RemoteRefs lsRemote(RepoCredentials credentials) throws SourceException {
    long started = System.nanoTime();
    try {
      return listRefs(credentials);
    } finally {
      settings
          .requests()
          .requested(
              credentials.url(),
              GitRequestType.LS_REMOTE,
              Duration.ofNanos(System.nanoTime() - started));
    }
  }

  private RemoteRefs listRefs(RepoCredentials credentials) throws SourceException {
    String url = credentials.url();
    List<String> secrets = credentials.secretValues();
    Path scratch = null;
    Repository scratchRepository = null;
    try (GitAuthentication auth = GitAuthentication.of(credentials, settings.knownHosts())) {
      LsRemoteCommand command;
      if (credentials.insecure() && !RepoUrl.isSsh(url)) {
        scratch = Files.createTempDirectory("mooring-ls-remote-");
        scratchRepository = insecureScratchRepository(scratch);
        command = Git.wrap(scratchRepository).lsRemote();
      } else {
        command = Git.lsRemoteRepository();
      }
      command
          .setRemote(RepoUrl.forTransport(url))
          .setHeads(true)
          .setTags(true)
          .setTimeout((int) settings.networkTimeout().toSeconds());
      return refs(auth.apply(command, credentials).call());
    } catch (GitAPIException | RuntimeException e) {
      throw new SourceException(
          Reason.REPO_UNREACHABLE,
          "could not list the refs of "
              + Redactor.url(url)
              + ": "
              + Redactor.text(GitRepositoryCache.messageOf(e), secrets));
    } catch (IOException | GeneralSecurityException e) {
      throw new SourceException(
          Reason.REPO_UNREACHABLE,
          "could not set up credentials for "
              + Redactor.url(url)
              + ": "
              + Redactor.text(GitRepositoryCache.messageOf(e), secrets));
    } finally {
      if (scratchRepository != null) {
        scratchRepository.close();
      }
      deleteQuietly(scratch);
    }
  }

  private static Repository insecureScratchRepository(Path directory) throws IOException {
    Repository repository =
        new FileRepositoryBuilder().setGitDir(directory.toFile()).setBare().build();
    repository.create(true);
    StoredConfig config = repository.getConfig();
    config.setBoolean("http", null, "sslVerify", false);
    config.save();
    return repository;
  }

  private static RemoteRefs refs(Collection<Ref> refs) {
    List<String> branches = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (Ref ref : refs) {
      String name = ref.getName();
      if (name.startsWith(Constants.R_HEADS)) {
        branches.add(name.substring(Constants.R_HEADS.length()));
      } else if (name.startsWith(Constants.R_TAGS) && !name.endsWith("^{}")) {
        tags.add(name.substring(Constants.R_TAGS.length()));
      }
    }
    branches.sort(null);
    tags.sort(null);
    return new RemoteRefs(branches, tags);
  }

  private static void deleteQuietly(Path directory) {
    if (directory == null) {
      return;
    }
    try {
      FileUtils.delete(directory.toFile(), FileUtils.RECURSIVE | FileUtils.IGNORE_ERRORS);
    } catch (IOException e) {
      // best effort: an empty scratch repository holds nothing
    }
  }
}
