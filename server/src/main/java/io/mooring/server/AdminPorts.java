package io.mooring.server;

import io.mooring.model.AppProject;
import io.mooring.server.catalog.ProjectWriter;
import io.mooring.server.cluster.ClusterProbe;
import io.mooring.server.connection.ConnectionState;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.ErrorCode;
import io.mooring.server.repository.RepositoryAccess;
import io.mooring.server.repository.RepositoryProbe;
import io.mooring.server.secrets.SecretStore;
import io.mooring.server.secrets.StoredSecret;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the administration routes (projects, repositories, credential templates, clusters) use from
 * outside.
 *
 * @param projectWriter writes AppProjects
 * @param secrets the credential Secrets of the control namespace
 * @param repositories reaches repositories with given credentials
 * @param clusters reaches clusters
 */
public record AdminPorts(
    ProjectWriter projectWriter,
    SecretStore secrets,
    RepositoryProbe repositories,
    ClusterProbe clusters) {

  /**
   * Ports of a server started without them (fixtures that serve only applications): reads find
   * nothing, writes answer 503 saying why.
   */
  public static AdminPorts unavailable() {
    return new AdminPorts(
        new UnavailableProjects(),
        new UnavailableSecrets(),
        new NoRepositories(),
        new NoClusters());
  }

  private static ApiException unavailable(String what) {
    return new ApiException(
        ErrorCode.UNAVAILABLE,
        "this server was started without " + what + ": it cannot be changed");
  }

  private static final class UnavailableProjects implements ProjectWriter {
    @Override
    public Optional<AppProject> current(String name) {
      return Optional.empty();
    }

    @Override
    public AppProject create(AppProject project) {
      throw unavailable("an AppProject store");
    }

    @Override
    public AppProject update(AppProject project) {
      throw unavailable("an AppProject store");
    }

    @Override
    public void delete(String name) {
      throw unavailable("an AppProject store");
    }
  }

  private static final class UnavailableSecrets implements SecretStore {
    @Override
    public List<StoredSecret> list(String type) {
      return List.of();
    }

    @Override
    public Optional<StoredSecret> get(String name) {
      return Optional.empty();
    }

    @Override
    public StoredSecret create(StoredSecret secret) {
      throw unavailable("a credential Secret store");
    }

    @Override
    public StoredSecret update(StoredSecret secret) {
      throw unavailable("a credential Secret store");
    }

    @Override
    public void delete(String name) {
      throw unavailable("a credential Secret store");
    }
  }

  private static final class NoRepositories implements RepositoryProbe {
    @Override
    public ConnectionState check(RepositoryAccess access) {
      return ConnectionState.unknown("this server has no repository server", Instant.now());
    }

    @Override
    public Refs refs(RepositoryAccess access) {
      throw unavailable("a repository server");
    }
  }

  private static final class NoClusters implements ClusterProbe {
    @Override
    public Reachability local() {
      return new Reachability(false, "", "this server has no cluster connection");
    }

    @Override
    public Reachability registered(Map<String, String> data) {
      return local();
    }
  }
}
