package io.mooring.kube.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalClusterConfigTest {

  @Test
  void kubeconfigsCurrentContextIsTheLocalCluster(@TempDir Path dir) throws IOException {
    Path kubeconfig = dir.resolve("config");
    Files.writeString(
        kubeconfig,
        """
        apiVersion: v1
        kind: Config
        current-context: dev
        clusters:
        - name: dev-cluster
          cluster: {server: "https://dev.example.com:6443", insecure-skip-tls-verify: true}
        - name: other
          cluster: {server: "https://other:6443"}
        users:
        - name: dev-user
          user: {token: dev-token}
        contexts:
        - name: dev
          context: {cluster: dev-cluster, user: dev-user, namespace: tools}
        """);

    var config = LocalClusterConfig.fromKubeconfig(kubeconfig);

    assertThat(config.getMasterUrl()).startsWith("https://dev.example.com:6443");
    assertThat(config.getNamespace()).isEqualTo("tools");
    assertThat(config.getAutoOAuthToken()).isEqualTo("dev-token");
  }

  @Test
  void missingKubeconfigIsNamedInTheError(@TempDir Path dir) {
    Path missing = dir.resolve("nope");

    assertThatThrownBy(() -> LocalClusterConfig.fromKubeconfig(missing))
        .hasMessage("kubeconfig " + missing + " does not exist or is not a file");
  }
}
