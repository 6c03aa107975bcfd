package io.mooring.cli.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KubeconfigClusterTest {
  private static final String KUBECONFIG =
      """
      apiVersion: v1
      kind: Config
      current-context: dev
      clusters:
      - name: prod
        cluster:
          server: https://prod.example.com:6443/
          certificate-authority-data: Q0EtREFUQQ==
          tls-server-name: api.prod
      - name: dev
        cluster:
          server: https://dev.example.com
          certificate-authority: ca.crt
          insecure-skip-tls-verify: true
      users:
      - name: admin
        user:
          client-certificate-data: Q0VSVA==
          client-key: keys/admin.key
      - name: sso
        user:
          exec: {command: kubelogin}
      contexts:
      - name: prod
        context: {cluster: prod, user: admin}
      - name: dev
        context: {cluster: dev}
      - name: sso
        context: {cluster: prod, user: sso}
      """;

  private static KubeconfigCluster read(String context) {
    return KubeconfigCluster.read("kubeconfig", KUBECONFIG, context, path -> "<" + path + ">");
  }

  @Test
  void aContextGivesItsServerCertificatesAndCaAsArgoCdsClusterConfig() {
    KubeconfigCluster prod = read("prod");

    assertThat(prod.server()).isEqualTo("https://prod.example.com:6443");
    assertThat(prod.config().toString())
        .isEqualTo(
            "{\"tlsClientConfig\":{\"insecure\":false,\"serverName\":\"api.prod\","
                + "\"caData\":\"Q0EtREFUQQ==\",\"certData\":\"Q0VSVA==\",\"keyData\":\"<keys/admin.key>\"}}");
  }

  @Test
  void withoutAContextTheCurrentOneIsUsedAndReferencedFilesAreRead() {
    KubeconfigCluster dev = read(null);

    assertThat(dev.server()).isEqualTo("https://dev.example.com");
    assertThat(dev.config().path("tlsClientConfig").path("insecure").asBoolean()).isTrue();
    assertThat(dev.config().path("tlsClientConfig").path("caData").asText()).isEqualTo("<ca.crt>");
  }

  @Test
  void aUserWithAPluginGivesNoCredentialsAndAServiceAccountTokenReplacesTheUsersOwn() {
    KubeconfigCluster sso = read("sso");
    KubeconfigCluster prod = read("prod");

    assertThat(sso.credentials()).isEqualTo(KubeconfigCluster.Credentials.FROM_PLUGIN);
    assertThat(sso.config().has("bearerToken")).isFalse();
    assertThat(prod.credentials()).isEqualTo(KubeconfigCluster.Credentials.IN_KUBECONFIG);
    assertThat(prod.withServiceAccountToken("sa-token").config().toString())
        .isEqualTo(
            "{\"bearerToken\":\"sa-token\",\"tlsClientConfig\":{\"insecure\":false,"
                + "\"serverName\":\"api.prod\",\"caData\":\"Q0EtREFUQQ==\"}}");
  }

  @Test
  void unusableContextsAreNamed() {
    assertThatThrownBy(() -> read("qa")).hasMessage("kubeconfig: no entry named 'qa' in contexts");
    assertThatThrownBy(() -> KubeconfigCluster.read("k", "- a\n", null, p -> p))
        .hasMessageContaining("k: not a kubeconfig");
  }
}
