package io.mooring.kube.cluster;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.VersionInfo;
import io.mooring.kube.error.KubeErrors;
import java.time.Duration;
import java.util.Map;

/**
 * Asks a cluster for its version, to tell whether Mooring can reach it with the credentials it has:
 * the local cluster through the client Mooring runs with, a registered one through a client built
 * from its Argo CD cluster Secret data (then closed). Failures are answered, not thrown, with a
 * message that names the server and never a credential.
 */
public final class ClusterProbe {
  private final KubernetesClient localClient;
  private final Duration timeout;

  /**
   * The answer of one attempt.
   *
   * @param reachable whether the cluster answered
   * @param serverVersion its version (such as {@code 1.31}) when it answered, else empty
   * @param message why it could not be reached, else empty
   */
  public record Reachability(boolean reachable, String serverVersion, String message) {
    static Reachability reached(VersionInfo version) {
      String major = version.getMajor() == null ? "" : version.getMajor();
      String minor = version.getMinor() == null ? "" : version.getMinor();
      String shown = major.isEmpty() ? version.getGitVersion() : major + "." + minor;
      return new Reachability(true, shown == null ? "" : shown, "");
    }

    static Reachability failed(String message) {
      return new Reachability(false, "", message);
    }
  }

  /** Probes with {@code timeout} for connecting and for the request. */
  public ClusterProbe(KubernetesClient localClient, Duration timeout) {
    this.localClient = localClient;
    this.timeout = timeout;
  }

  /** The local cluster, through Mooring's own client. */
  public Reachability probeLocal() {
    return version(localClient, ClusterRegistry.IN_CLUSTER_SERVER);
  }

  /**
   * The cluster {@code data} registers: the decoded data of an Argo CD cluster Secret ({@code
   * server}, {@code name}, {@code config}). Invalid data is answered as unreachable, naming the
   * field.
   */
  public Reachability probe(Map<String, String> data) {
    ClusterTarget target;
    try {
      target =
          ClusterSecretReader.read(
              new SecretBuilder()
                  .withNewMetadata()
                  .withName("probe")
                  .withNamespace("request")
                  .endMetadata()
                  .withStringData(data)
                  .build());
    } catch (InvalidClusterSecretException e) {
      return Reachability.failed(e.getMessage().replace("cluster secret request/probe: ", ""));
    }
    Config config =
        new ConfigBuilder(target.config())
            .withConnectionTimeout((int) timeout.toMillis())
            .withRequestTimeout((int) timeout.toMillis())
            .withRequestRetryBackoffLimit(0)
            .build();
    try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build()) {
      return version(client, target.server());
    }
  }

  private static Reachability version(KubernetesClient client, String server) {
    try {
      return Reachability.reached(client.getKubernetesVersion());
    } catch (KubernetesClientException e) {
      return Reachability.failed(
          KubeErrors.classify("get the version of cluster " + server, e).getMessage());
    } catch (RuntimeException e) {
      return Reachability.failed(
          "get the version of cluster " + server + " failed: " + e.getClass().getSimpleName());
    }
  }
}
