package io.mooring.server.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.ModelCodec;
import io.mooring.server.http.ApiException;
import io.mooring.server.repository.RepositoryFields.Kind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RepositoryFieldsTest {
  @Test
  void aRequestBecomesArgoCdsSecretKeys() {
    Map<String, String> data =
        RepositoryFields.fromJson(
            json(
                "{\"repo\": \"git@github.com:team/apps.git\", \"sshPrivateKey\": \"KEY\","
                    + " \"insecure\": true, \"enableLfs\": false, \"githubAppID\": 42,"
                    + " \"connectionState\": {\"status\": \"Failed\"}}"),
            Kind.REPOSITORY);

    assertThat(data)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "url", "git@github.com:team/apps.git",
                "sshPrivateKey", "KEY",
                "insecure", "true",
                "githubAppID", "42"));
  }

  @Test
  void theViewLeavesOutEverySecret() {
    Map<String, String> data =
        Map.of(
            "url", "https://charts.example.com",
            "type", "helm",
            "name", "charts",
            "username", "bob",
            "password", "p1",
            "sshPrivateKey", "p2",
            "tlsClientCertKey", "p3",
            "githubAppPrivateKey", "p4",
            "bearerToken", "p5",
            "gcpServiceAccountKey", "p6");

    JsonNode view = RepositoryFields.view(data, Kind.REPOSITORY);

    assertThat(view.toString()).doesNotContain("p1", "p2", "p3", "p4", "p5", "p6");
    assertThat(view.get("repo").asText()).isEqualTo("https://charts.example.com");
    assertThat(view.get("type").asText()).isEqualTo("helm");
    assertThat(view.get("username").asText()).isEqualTo("bob");
  }

  @Test
  void wrongFieldsAreNamed() {
    assertThatThrownBy(() -> RepositoryFields.fromJson(json("{}"), Kind.TEMPLATE))
        .isInstanceOf(ApiException.class)
        .hasMessage("field 'url' is required: the URL of the repository credentials");
    assertThatThrownBy(
            () ->
                RepositoryFields.fromJson(
                    json("{\"repo\": \"https://x.example.com/a\", \"type\": \"svn\"}"),
                    Kind.REPOSITORY))
        .hasMessage("field 'type' is 'svn'; repository type must be git or helm");
    assertThatThrownBy(
            () ->
                RepositoryFields.fromJson(
                    json("{\"repo\": \"https://x.example.com/a\", \"githubAppID\": \"7\"}"),
                    Kind.REPOSITORY))
        .hasMessage("field 'githubAppID' must be a whole number");
  }

  @Test
  void aRepositoryWithoutCredentialsInheritsThoseOfATemplateButKeepsItsOwnUrl() {
    Map<String, String> merged =
        RepositoryFields.inheriting(
            Map.of("url", "https://git.example.com/team/a.git"),
            Map.of("url", "https://git.example.com/", "username", "ci", "password", "pw"));

    assertThat(RepositoryFields.hasCredentials(Map.of("url", "x"))).isFalse();
    assertThat(merged)
        .containsEntry("url", "https://git.example.com/team/a.git")
        .containsEntry("username", "ci")
        .containsEntry("password", "pw");
  }

  private static JsonNode json(String text) {
    try {
      return ModelCodec.jsonMapper().readTree(text);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
