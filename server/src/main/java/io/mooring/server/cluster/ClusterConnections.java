package io.mooring.server.cluster;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.model.ModelCodec;
import io.mooring.server.cluster.ClusterProbe.Reachability;
import io.mooring.server.connection.ConnectionCache;
import io.mooring.server.connection.ConnectionCache.Refresh;
import io.mooring.server.connection.ConnectionState;
import java.time.Clock;
import java.util.Map;

/**
 * Reaches clusters and adds what was found to their views, in Argo CD's shape: {@code
 * connectionState}, {@code serverVersion} and {@code info {connectionState, serverVersion,
 * applicationsCount}}. Outcomes are remembered per Secret version for a while.
 */
public final class ClusterConnections {
  private final ClusterProbe probe;
  private final ConnectionCache<Reachability> cache;
  private final Clock clock;

  public ClusterConnections(ClusterProbe probe, ConnectionCache<Reachability> cache, Clock clock) {
    this.probe = probe;
    this.cache = cache;
    this.clock = clock;
  }

  /** A fresh attempt on the cluster Secret {@code data} would register. */
  public Reachability check(Map<String, String> data) {
    return ClusterFields.server(data).equals(ClusterCatalog.IN_CLUSTER_SERVER)
        ? probe.local()
        : probe.registered(data);
  }

  /**
   * {@code view} with the cluster's connection state, version and the number of Applications
   * deploying to it.
   */
  public ObjectNode withStatus(
      ObjectNode view, ClusterCatalog.Entry entry, long applications, Refresh refresh) {
    String key =
        entry.server()
            + "@"
            + entry.secret().map(s -> s.name() + ":" + s.resourceVersion()).orElse("");
    Reachability reached =
        cache.get(
            key,
            refresh,
            () ->
                entry.secret().isPresent() && !entry.isLocal()
                    ? probe.registered(entry.secret().get().data())
                    : probe.local());
    ConnectionState state =
        reached.reachable()
            ? ConnectionState.successful(clock.instant())
            : ConnectionState.failed(reached.message(), clock.instant());
    var stateTree = ModelCodec.jsonMapper().valueToTree(state);
    view.set("connectionState", stateTree);
    view.put("serverVersion", reached.serverVersion());
    ObjectNode info = view.putObject("info");
    info.set("connectionState", stateTree);
    info.put("serverVersion", reached.serverVersion());
    info.put("applicationsCount", applications);
    return view;
  }

  /** Forgets what was remembered about the cluster at {@code server}. */
  public void forget(String server) {
    cache.forget(server + "@");
  }
}
