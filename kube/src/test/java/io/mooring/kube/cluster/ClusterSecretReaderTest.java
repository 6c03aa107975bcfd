package io.mooring.kube.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.Config;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterSecretReaderTest {
  private static final String TOKEN = "s3cr3t-token-value";

  static Secret clusterSecret(String name, Map<String, String> fields) {
    Map<String, String> data = new LinkedHashMap<>();
    fields.forEach(
        (key, value) ->
            data.put(
                key, Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))));
    return new SecretBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace("argocd")
        .withResourceVersion("7")
        .addToLabels(ClusterSecretReader.SECRET_TYPE_LABEL, ClusterSecretReader.SECRET_TYPE_CLUSTER)
        .endMetadata()
        .withData(data)
        .build();
  }

  @Test
  void argoCdClusterSecretBecomesAClientConfiguration() {
    Secret secret =
        clusterSecret(
            "staging-secret",
            Map.of(
                "name", "staging",
                "server", "https://staging.example.com:6443/",
                "config",
                    """
                    {"bearerToken": "%s",
                     "tlsClientConfig": {"insecure": false, "caData": "Q0E=", "certData": "Q0VSVA==",
                                         "keyData": "S0VZ", "serverName": "api.staging"}}
                    """
                        .formatted(TOKEN)));

    ClusterTarget target = ClusterSecretReader.read(secret);

    assertThat(target.name()).isEqualTo("staging");
    assertThat(target.server())
        .as("trailing slash dropped")
        .isEqualTo("https://staging.example.com:6443");
    assertThat(target.revision()).isEqualTo("7");
    Config config = target.config();
    assertThat(config.getMasterUrl()).startsWith("https://staging.example.com:6443");
    assertThat(config.getOauthToken()).isEqualTo(TOKEN);
    assertThat(config.getCaCertData()).isEqualTo("Q0E=");
    assertThat(config.getClientCertData()).isEqualTo("Q0VSVA==");
    assertThat(config.getClientKeyData()).isEqualTo("S0VZ");
    assertThat(config.getTlsServerName()).isEqualTo("api.staging");
    assertThat(config.isTrustCerts()).isFalse();
    assertThat(target.toString()).doesNotContain(TOKEN);
  }

  @Test
  void basicAuthAndInsecureAreHonoured() {
    Secret secret =
        clusterSecret(
            "lab",
            Map.of(
                "server", "https://lab:6443",
                "config",
                    "{\"username\": \"admin\", \"password\": \"pw\", \"tlsClientConfig\": {\"insecure\": true}}"));

    ClusterTarget target = ClusterSecretReader.read(secret);

    assertThat(target.name()).as("defaults to the server").isEqualTo("https://lab:6443");
    assertThat(target.config().getUsername()).isEqualTo("admin");
    assertThat(target.config().getPassword()).isEqualTo("pw");
    assertThat(target.config().isTrustCerts()).isTrue();
  }

  @Test
  void missingServerIsReportedWithTheSecretsName() {
    assertThatThrownBy(() -> ClusterSecretReader.read(clusterSecret("broken", Map.of("name", "x"))))
        .isInstanceOf(InvalidClusterSecretException.class)
        .hasMessage("cluster secret argocd/broken: data.server is missing");
  }

  @Test
  void unreadableConfigIsReportedWithoutQuotingIt() {
    Secret secret =
        clusterSecret(
            "garbled", Map.of("server", "https://x", "config", "{\"bearerToken\": \"" + TOKEN));

    assertThatThrownBy(() -> ClusterSecretReader.read(secret))
        .hasMessage("cluster secret argocd/garbled: data.config is not valid JSON")
        .hasMessageNotContaining(TOKEN);
  }
}
