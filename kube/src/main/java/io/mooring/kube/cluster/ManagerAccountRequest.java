package io.mooring.kube.cluster;

import java.time.Duration;
import java.util.List;

/**
 * What {@link ManagerAccount} installs.
 *
 * @param systemNamespace where the ServiceAccount and its token Secret live ({@code kube-system})
 * @param serviceAccount the ServiceAccount's name ({@code argocd-manager})
 * @param namespaces the namespaces it may manage; empty for the whole cluster
 * @param tokenWait how long to wait for the cluster to issue the token
 */
public record ManagerAccountRequest(
    String systemNamespace, String serviceAccount, List<String> namespaces, Duration tokenWait) {
  public ManagerAccountRequest {
    namespaces = List.copyOf(namespaces);
  }

  /** Argo CD's defaults: {@code argocd-manager} in {@code kube-system}, the whole cluster, 30 s. */
  public static ManagerAccountRequest defaults() {
    return new ManagerAccountRequest(
        ManagerAccount.DEFAULT_SYSTEM_NAMESPACE,
        ManagerAccount.DEFAULT_SERVICE_ACCOUNT,
        List.of(),
        Duration.ofSeconds(30));
  }
}
