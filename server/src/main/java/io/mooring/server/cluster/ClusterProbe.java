package io.mooring.server.cluster;

import java.util.Map;

/** Reaches clusters (the API's view of the cluster connections). */
public interface ClusterProbe {
  /** A fresh attempt on the local cluster Mooring runs in. */
  Reachability local();

  /**
   * A fresh attempt on the cluster that Secret {@code data} ({@code server}, {@code config}, …)
   * registers; never throws, never names a credential.
   */
  Reachability registered(Map<String, String> data);

  /**
   * The answer of one attempt.
   *
   * @param reachable whether the cluster answered
   * @param serverVersion its Kubernetes version when it answered (such as {@code 1.31})
   * @param message why it could not be reached
   */
  record Reachability(boolean reachable, String serverVersion, String message) {}
}
