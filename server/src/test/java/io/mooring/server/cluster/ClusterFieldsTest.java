package io.mooring.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.ModelCodec;
import io.mooring.server.http.ApiException;
import io.mooring.server.secrets.StoredSecret;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterFieldsTest {
  @Test
  void theViewShowsTheClusterWithoutPasswordTokenKeyOrExecSecrets() {
    String config =
        """
        {"username": "admin", "password": "s1", "bearerToken": "s2",
         "tlsClientConfig": {"insecure": true, "caData": "CA", "certData": "CERT", "keyData": "s3"},
         "execProviderConfig": {"command": "aws", "args": ["--secret", "s4"], "env": {"TOKEN": "s5"}}}
        """;
    StoredSecret secret =
        StoredSecret.of(
            "cluster-x",
            "cluster",
            Map.of("env", "prod"),
            Map.of(),
            Map.of(
                "server", "https://x.example.com/",
                "config", config,
                "namespaces", "a, b",
                "clusterResources", "true",
                "project", "team-a"));

    JsonNode view = ClusterFields.view(secret);

    assertThat(view.toString()).doesNotContain("s1", "s2", "s3", "s4", "s5");
    assertThat(view.get("server").asText()).isEqualTo("https://x.example.com");
    assertThat(view.get("name").asText()).isEqualTo("https://x.example.com");
    assertThat(view.at("/config/username").asText()).isEqualTo("admin");
    assertThat(view.at("/config/tlsClientConfig/certData").asText()).isEqualTo("CERT");
    assertThat(view.at("/config/execProviderConfig/command").asText()).isEqualTo("aws");
    assertThat(view.get("namespaces")).extracting(JsonNode::asText).containsExactly("a", "b");
    assertThat(view.get("clusterResources").asBoolean()).isTrue();
    assertThat(view.get("labels").toString()).isEqualTo("{\"env\":\"prod\"}");
    assertThat(view.has("annotations")).isFalse();
  }

  @Test
  void aRequestBecomesArgoCdsSecretKeysAndBadFieldsAreNamed() throws Exception {
    ClusterFields.Content content =
        ClusterFields.fromJson(
            ModelCodec.jsonMapper()
                .readTree(
                    "{\"server\": \"https://x.example.com\", \"namespaces\": [\"a\", \"b\"],"
                        + " \"shard\": 2, \"config\": {\"bearerToken\": \"t\"}, \"info\": {}}"));

    assertThat(content.data())
        .containsEntry("namespaces", "a,b")
        .containsEntry("shard", "2")
        .containsEntry("config", "{\"bearerToken\":\"t\"}");
    assertThatThrownBy(
            () ->
                ClusterFields.fromJson(
                    ModelCodec.jsonMapper().readTree("{\"server\": \"ftp://x\"}")))
        .isInstanceOf(ApiException.class)
        .hasMessage("field 'server' is not a URL such as https://10.0.0.1:6443");
    assertThatThrownBy(
            () ->
                ClusterFields.fromJson(
                    ModelCodec.jsonMapper()
                        .readTree("{\"server\": \"https://x\", \"config\": {\"token\": \"t\"}}")))
        .hasMessage("field 'config.token' is not a field of a cluster config");
  }
}
