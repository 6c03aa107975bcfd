package io.mooring.demo;

import java.nio.file.Path;

/**
 * How to reach a running demo: what it prints when ready. Holds passwords: {@link #toString()}
 * masks them.
 *
 * @param uiUrl the web UI and API (plain HTTP)
 * @param apiAddress host:port for {@code mooring login}
 * @param adminPassword the generated password of {@code admin}
 * @param viewerPassword the password of the read-only account {@code viewer}
 * @param cloneUrl the example repository's clone URL
 * @param kubeconfig the embedded cluster's kubeconfig
 * @param dataDirectory the demo's state
 */
public record DemoAccess(
    String uiUrl,
    String apiAddress,
    String adminPassword,
    String viewerPassword,
    String cloneUrl,
    Path kubeconfig,
    Path dataDirectory) {
  @Override
  public String toString() {
    return "DemoAccess[uiUrl="
        + uiUrl
        + ", cloneUrl="
        + cloneUrl
        + ", kubeconfig="
        + kubeconfig
        + ", passwords=***]";
  }
}
