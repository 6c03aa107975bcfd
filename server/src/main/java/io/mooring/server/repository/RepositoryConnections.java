package io.mooring.server.repository;

import io.mooring.server.connection.ConnectionCache;
import io.mooring.server.connection.ConnectionCache.Refresh;
import io.mooring.server.connection.ConnectionState;
import io.mooring.server.secrets.StoredSecret;
import java.util.Map;

/**
 * Reaches repositories with the credentials they are reached with (their own, else a template's),
 * remembering the outcome per Secret version for a while.
 */
public final class RepositoryConnections {
  private final RepositoryRegistry registry;
  private final RepositoryProbe probe;
  private final ConnectionCache<ConnectionState> cache;

  public RepositoryConnections(
      RepositoryRegistry registry, RepositoryProbe probe, ConnectionCache<ConnectionState> cache) {
    this.registry = registry;
    this.probe = probe;
    this.cache = cache;
  }

  /** The connection state of a stored repository (remembered unless {@code refresh} forces). */
  public ConnectionState of(StoredSecret repository, Refresh refresh) {
    return cache.get(key(repository), refresh, () -> probe.check(access(repository.data())));
  }

  /**
   * Remembers {@code state}, found by {@link #check} just before {@code repository} was stored with
   * the same data, so showing the stored repository does not reach it a second time.
   */
  public void remember(StoredSecret repository, ConnectionState state) {
    forget(repository.name());
    cache.get(key(repository), Refresh.FORCE, () -> state);
  }

  private static String key(StoredSecret repository) {
    return repository.name() + "@" + repository.resourceVersion();
  }

  /** A fresh attempt with the repository {@code data} describes. */
  public ConnectionState check(Map<String, String> data) {
    return probe.check(access(data));
  }

  /** The branches and tags of the repository {@code data} describes. */
  public RepositoryProbe.Refs refs(Map<String, String> data) {
    return probe.refs(access(data));
  }

  /** Forgets what was remembered about the Secret named {@code name}. */
  public void forget(String name) {
    cache.forget(name + "@");
  }

  private RepositoryAccess access(Map<String, String> data) {
    Map<String, String> effective = registry.effective(data).data();
    return new RepositoryAccess(
        RepositoryFields.type(effective), RepositoryFields.credentials(effective));
  }
}
