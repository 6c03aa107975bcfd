package io.mooring.server;

import io.mooring.server.cluster.ClusterProbe;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A cluster probe for API tests: the local cluster answers with version 1.31, a registered one only
 * when the test has declared its server reachable. The attempts it was asked for are counted.
 */
public final class ScriptedClusterProbe implements ClusterProbe {
  private final Set<String> reachable = ConcurrentHashMap.newKeySet();
  private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

  /** Lets the cluster at {@code server} answer from now on. */
  public void reachable(String server) {
    reachable.add(server);
  }

  /** How often {@code server} was tried. */
  public int attempts(String server) {
    return attempts.getOrDefault(server, 0);
  }

  @Override
  public Reachability local() {
    attempts.merge("local", 1, Integer::sum);
    return new Reachability(true, "1.31", "");
  }

  @Override
  public Reachability registered(Map<String, String> data) {
    String server = data.getOrDefault("server", "");
    attempts.merge(server, 1, Integer::sum);
    return reachable.contains(server)
        ? new Reachability(true, "1.30", "")
        : new Reachability(
            false, "", "get the version of cluster " + server + " failed: connection refused");
  }
}
