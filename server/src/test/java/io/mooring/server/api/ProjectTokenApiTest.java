package io.mooring.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.server.Fixtures;
import io.mooring.server.TestServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Project role tokens: issued, recorded in the project, accepted, revoked, expired. */
class ProjectTokenApiTest {
  private static final String TOKENS = "/api/v1/projects/team-a/roles/developer/token";
  private TestServer server;
  private String admin;

  @BeforeEach
  void start() {
    server =
        TestServer.start(
            s -> {
              s.projects.add(Fixtures.projectWithDeveloperRole("team-a"));
              s.applications.add(
                  Fixtures.app("frontend", "team-a", "https://git.example.com/web.git", "web"));
            });
    admin = server.loginAdmin();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aRoleTokenIsCreatedUsedRevokedAndThenRefused() {
    HttpResponse<String> created = server.send("POST", TOKENS, admin, "{\"id\": \"ci-token\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    String token = TestServer.json(created).get("token").asText();

    HttpResponse<String> used = server.get("/api/v1/applications/frontend", token);
    assertThat(used.statusCode()).as(used.body()).isEqualTo(200);
    assertThat(server.get("/api/v1/session/userinfo", token).body())
        .contains("proj:team-a:developer");

    long iat = recordedTokens().get(0).get("iat").asLong();
    HttpResponse<String> revoked =
        server.send("DELETE", TOKENS + "/" + iat + "?id=ci-token", admin, null);
    assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);

    HttpResponse<String> refused = server.get("/api/v1/applications/frontend", token);
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(TestServer.json(refused).get("message").asText()).contains("has been revoked");
    assertThat(recordedTokens()).isEmpty();
  }

  @Test
  void theTokenIsRecordedInTheRoleAndInTheStatusByRole() {
    server.send("POST", TOKENS, admin, "{\"id\": \"ci-token\", \"expiresIn\": 3600}");

    JsonNode project = TestServer.json(server.get("/api/v1/projects/team-a", admin));
    JsonNode inSpec = project.at("/spec/roles/0/jwtTokens/0");
    JsonNode inStatus = project.at("/status/jwtTokensByRole/developer/items/0");

    long now = server.clock.instant().getEpochSecond();
    assertThat(inSpec.get("id").asText()).isEqualTo("ci-token");
    assertThat(inSpec.get("iat").asLong()).isEqualTo(now);
    assertThat(inSpec.get("exp").asLong()).isEqualTo(now + 3600);
    assertThat(inStatus).isEqualTo(inSpec);
  }

  @Test
  void anExpiredRoleTokenIsRefused() {
    String token =
        TestServer.json(server.send("POST", TOKENS, admin, "{\"expiresIn\": 60}"))
            .get("token")
            .asText();
    assertThat(server.get("/api/v1/applications/frontend", token).statusCode()).isEqualTo(200);

    server.clock.advance(Duration.ofSeconds(61));

    assertThat(server.get("/api/v1/applications/frontend", token).statusCode()).isEqualTo(401);
  }

  @Test
  void aTokenIdCannotBeUsedTwiceAndAMissingRoleIsNotFound() {
    server.send("POST", TOKENS, admin, "{\"id\": \"once\"}");

    HttpResponse<String> twice = server.send("POST", TOKENS, admin, "{\"id\": \"once\"}");
    HttpResponse<String> noRole =
        server.send("POST", "/api/v1/projects/team-a/roles/nobody/token", admin, "{}");
    HttpResponse<String> negative = server.send("POST", TOKENS, admin, "{\"expiresIn\": -5}");

    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(twice).get("message").asText())
        .isEqualTo("Token id 'once' has been used.");
    assertThat(noRole.statusCode()).isEqualTo(404);
    assertThat(TestServer.json(noRole).get("message").asText())
        .isEqualTo("project 'team-a' does not have role 'nobody'");
    assertThat(negative.statusCode()).isEqualTo(400);
    assertThat(recordedTokens()).hasSize(1);
  }

  @Test
  void aRoleTokenCannotIssueTokensItself() {
    String token = TestServer.json(server.send("POST", TOKENS, admin, "{}")).get("token").asText();

    assertThat(server.send("POST", TOKENS, token, "{}").statusCode()).isEqualTo(403);
  }

  private JsonNode recordedTokens() {
    JsonNode tokens =
        TestServer.json(server.get("/api/v1/projects/team-a", admin)).at("/spec/roles/0/jwtTokens");
    return tokens.isMissingNode() || tokens.isNull()
        ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode()
        : tokens;
  }
}
