package io.mooring.server.repository;

import io.mooring.server.connection.ConnectionState;
import io.mooring.server.http.ApiException;
import io.mooring.source.SourceException;
import io.mooring.source.credentials.Redactor;
import io.mooring.source.git.GitRemoteCheck;
import io.mooring.source.git.GitRemoteCheck.RemoteRefs;
import io.mooring.source.git.GitSettings;
import io.mooring.source.helmrepo.HelmIndexCheck;
import java.time.Clock;

/**
 * Reaches repositories the way the repository server does: {@code ls-remote} for Git (smart HTTP or
 * SSH, with the given user name and password or key), {@code index.yaml} for Helm. Messages are
 * scrubbed of the credentials used.
 */
public final class SourceRepositoryProbe implements RepositoryProbe {
  private final GitRemoteCheck git;
  private final HelmIndexCheck helm;
  private final Clock clock;

  /** Probes with the network timeout and trusted SSH hosts of {@code settings}. */
  public SourceRepositoryProbe(GitSettings settings, Clock clock) {
    this.git = new GitRemoteCheck(settings);
    this.helm = new HelmIndexCheck(settings.networkTimeout());
    this.clock = clock;
  }

  @Override
  public ConnectionState check(RepositoryAccess access) {
    try {
      if ("helm".equals(access.type())) {
        helm.check(access.credentials());
      } else {
        git.lsRemote(access.credentials());
      }
      return ConnectionState.successful(clock.instant());
    } catch (SourceException e) {
      return ConnectionState.failed(
          "Unable to connect to repository: " + scrubbed(e, access), clock.instant());
    }
  }

  @Override
  public Refs refs(RepositoryAccess access) {
    if ("helm".equals(access.type())) {
      throw ApiException.invalid(
          "repository "
              + Redactor.url(access.credentials().url())
              + " is a Helm repository: it has no branches or tags");
    }
    try {
      RemoteRefs refs = git.lsRemote(access.credentials());
      return new Refs(refs.branches(), refs.tags());
    } catch (SourceException e) {
      throw ApiException.invalid("Unable to connect to repository: " + scrubbed(e, access));
    }
  }

  private static String scrubbed(SourceException e, RepositoryAccess access) {
    return Redactor.text(e.getMessage(), access.credentials().secretValues());
  }
}
