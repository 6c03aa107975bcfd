package io.mooring.server.wiring;

import io.mooring.server.cluster.ClusterProbe;
import java.util.Map;

/** {@link ClusterProbe} through kube's cluster probe (the local client, or a client per Secret). */
final class KubeClusterProbe implements ClusterProbe {
  private final io.mooring.kube.cluster.ClusterProbe probe;

  KubeClusterProbe(io.mooring.kube.cluster.ClusterProbe probe) {
    this.probe = probe;
  }

  @Override
  public ClusterProbe.Reachability local() {
    return converted(probe.probeLocal());
  }

  @Override
  public ClusterProbe.Reachability registered(Map<String, String> data) {
    return converted(probe.probe(data));
  }

  private static ClusterProbe.Reachability converted(
      io.mooring.kube.cluster.ClusterProbe.Reachability answer) {
    return new ClusterProbe.Reachability(
        answer.reachable(), answer.serverVersion(), answer.message());
  }
}
