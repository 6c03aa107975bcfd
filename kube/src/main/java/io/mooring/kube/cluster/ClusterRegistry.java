package io.mooring.kube.cluster;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clusters Mooring can deploy to: the local cluster (in-cluster configuration, or a
 * kubeconfig's current cluster standing in for it, known as {@code in-cluster} at {@code
 * https://kubernetes.default.svc}) and the clusters registered as Secrets in the control namespace.
 * The Secrets are watched, so resolving a destination makes no API call.
 */
public final class ClusterRegistry implements AutoCloseable {
  /** The server URL Argo CD uses for the cluster it runs in. */
  public static final String IN_CLUSTER_SERVER = "https://kubernetes.default.svc";

  /** The name Argo CD uses for the cluster it runs in. */
  public static final String IN_CLUSTER_NAME = "in-cluster";

  private static final Logger LOG = LoggerFactory.getLogger(ClusterRegistry.class);

  private final ClusterTarget local;
  private final String localMasterUrl;
  private final SharedIndexInformer<Secret> secrets;
  private final Set<String> reportedProblems = ConcurrentHashMap.newKeySet();

  private ClusterRegistry(Config localConfig, SharedIndexInformer<Secret> secrets) {
    this.local = new ClusterTarget(IN_CLUSTER_NAME, IN_CLUSTER_SERVER, localConfig, "local");
    this.localMasterUrl = ClusterSecretReader.trimSlash(localConfig.getMasterUrl());
    this.secrets = secrets;
  }

  /**
   * Starts watching cluster Secrets in {@code controlNamespace} through {@code localClient} (built
   * from {@code localConfig}); returns once the initial list is in.
   */
  public static ClusterRegistry start(
      Config localConfig, KubernetesClient localClient, String controlNamespace) {
    SharedIndexInformer<Secret> informer =
        localClient
            .secrets()
            .inNamespace(controlNamespace)
            .withLabel(
                ClusterSecretReader.SECRET_TYPE_LABEL, ClusterSecretReader.SECRET_TYPE_CLUSTER)
            .inform();
    return new ClusterRegistry(localConfig, informer);
  }

  /** Every known cluster, the local one first. */
  public List<ClusterTarget> clusters() {
    List<ClusterTarget> all = new ArrayList<>();
    all.add(localOverride().orElse(local));
    for (ClusterTarget registered : registered()) {
      if (!registered.isLocal()) {
        all.add(registered);
      }
    }
    return all;
  }

  /**
   * The cluster an Application destination names, by {@code server} URL or by {@code name} (exactly
   * one of them, as Argo CD requires).
   */
  public ClusterTarget resolve(String server, String name) {
    boolean hasServer = server != null && !server.isBlank();
    boolean hasName = name != null && !name.isBlank();
    if (hasServer == hasName) {
      throw new UnknownClusterException(
          hasServer
              ? "destination has both server '" + server + "' and name '" + name + "': set only one"
              : "destination has neither server nor name: set one of them");
    }
    return hasServer ? byServer(ClusterSecretReader.trimSlash(server)) : byName(name.trim());
  }

  private ClusterTarget byServer(String server) {
    if (server.equals(IN_CLUSTER_SERVER) || server.equals(localMasterUrl)) {
      return clusters().get(0);
    }
    return clusters().stream()
        .filter(c -> c.server().equals(server))
        .findFirst()
        .orElseThrow(
            () ->
                new UnknownClusterException(
                    "there is no cluster with server '"
                        + server
                        + "': register it with a Secret"
                        + " labelled argocd.argoproj.io/secret-type=cluster"));
  }

  private ClusterTarget byName(String name) {
    List<ClusterTarget> matching = clusters().stream().filter(c -> c.name().equals(name)).toList();
    if (matching.size() > 1) {
      throw new UnknownClusterException(
          "there are " + matching.size() + " clusters named '" + name + "': use the server URL");
    }
    if (matching.isEmpty()) {
      throw new UnknownClusterException(
          "there is no cluster named '"
              + name
              + "'; known: "
              + clusters().stream().map(ClusterTarget::name).toList());
    }
    return matching.get(0);
  }

  /** A Secret registering the local server may rename it; its credentials stay the local ones. */
  private Optional<ClusterTarget> localOverride() {
    return registered().stream()
        .filter(ClusterTarget::isLocal)
        .findFirst()
        .map(s -> new ClusterTarget(s.name(), IN_CLUSTER_SERVER, local.config(), "local"));
  }

  private List<ClusterTarget> registered() {
    List<ClusterTarget> targets = new ArrayList<>();
    for (Secret secret : secrets.getStore().list()) {
      try {
        targets.add(ClusterSecretReader.read(secret));
      } catch (InvalidClusterSecretException e) {
        String revision =
            secret.getMetadata().getName() + "@" + secret.getMetadata().getResourceVersion();
        if (reportedProblems.add(revision)) {
          LOG.warn("Ignoring {}", e.getMessage());
        }
      }
    }
    targets.sort((a, b) -> a.name().compareTo(b.name()));
    return targets;
  }

  @Override
  public void close() {
    secrets.close();
  }
}
