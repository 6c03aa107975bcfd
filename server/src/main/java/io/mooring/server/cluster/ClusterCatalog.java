package io.mooring.server.cluster;

import io.mooring.server.secrets.SecretStore;
import io.mooring.server.secrets.SecretTypes;
import io.mooring.server.secrets.StoredSecret;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The clusters Mooring knows: the local one ({@code in-cluster} at {@code
 * https://kubernetes.default.svc}, always there, perhaps renamed or limited by a Secret of its own)
 * and those registered as cluster Secrets.
 */
public final class ClusterCatalog {
  /** The server URL Argo CD uses for the cluster it runs in. */
  public static final String IN_CLUSTER_SERVER = "https://kubernetes.default.svc";

  /** The name Argo CD uses for the cluster it runs in. */
  public static final String IN_CLUSTER_NAME = "in-cluster";

  private final SecretStore secrets;

  /**
   * One cluster.
   *
   * @param server its API server URL
   * @param name its name
   * @param project the project it is scoped to, or ""
   * @param secret the Secret registering it; empty for the local cluster without one
   */
  public record Entry(String server, String name, String project, Optional<StoredSecret> secret) {
    /** Whether this is the cluster Mooring runs in. */
    public boolean isLocal() {
      return IN_CLUSTER_SERVER.equals(server);
    }

    /** Argo CD's RBAC object of a cluster: {@code <project>/<server>}, or the server alone. */
    public String rbacObject() {
      return project.isEmpty() ? server : project + "/" + server;
    }
  }

  public ClusterCatalog(SecretStore secrets) {
    this.secrets = secrets;
  }

  /** Every cluster: the local one first, then the registered ones by name. */
  public List<Entry> list() {
    List<Entry> registered = new ArrayList<>();
    Entry local = new Entry(IN_CLUSTER_SERVER, IN_CLUSTER_NAME, "", Optional.empty());
    for (StoredSecret secret : secrets.list(SecretTypes.CLUSTER)) {
      Entry entry =
          new Entry(
              ClusterFields.server(secret.data()),
              ClusterFields.name(secret.data()),
              secret.data().getOrDefault("project", ""),
              Optional.of(secret));
      if (entry.isLocal()) {
        local = entry;
      } else if (!entry.server().isEmpty()) {
        registered.add(entry);
      }
    }
    registered.sort(Comparator.comparing(Entry::name).thenComparing(Entry::server));
    List<Entry> all = new ArrayList<>();
    all.add(local);
    all.addAll(registered);
    return all;
  }

  /** The cluster with server URL {@code server} (a trailing slash ignored). */
  public Optional<Entry> byServer(String server) {
    String wanted = server.trim().replaceAll("/+$", "");
    return list().stream().filter(e -> e.server().equals(wanted)).findFirst();
  }

  /** The first cluster named {@code name}. */
  public Optional<Entry> byName(String name) {
    return list().stream().filter(e -> e.name().equals(name)).findFirst();
  }
}
