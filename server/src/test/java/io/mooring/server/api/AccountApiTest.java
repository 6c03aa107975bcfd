package io.mooring.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.server.TestServer;
import io.mooring.server.auth.PasswordHasher;
import io.mooring.server.settings.SettingsNames;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccountApiTest {
  private static final String CI_PASSWORD = "ci-password-1";
  private TestServer server;

  @AfterEach
  void stop() {
    server.close();
  }

  private TestServer startWithCiAccount() {
    return TestServer.start(
        s -> {
          s.configure(Map.of("accounts.ci", "apiKey, login", "accounts.viewer", "login"));
          s.settings.updateSecret(
              SettingsNames.ARGOCD_SECRET,
              Map.of(
                  "accounts.ci.password", new PasswordHasher().hash(CI_PASSWORD),
                  "accounts.ci.passwordMtime", Instant.parse("2025-01-01T00:00:00Z").toString()));
        });
  }

  @Test
  void listShowsAdminAndConfiguredAccountsWithCapabilities() {
    server = startWithCiAccount();
    JsonNode items =
        TestServer.json(server.get("/api/v1/account", server.loginAdmin())).get("items");
    assertThat(items)
        .extracting(item -> item.get("name").asText())
        .containsExactly("admin", "ci", "viewer");
    assertThat(items.get(1).get("capabilities").toString()).isEqualTo("[\"login\",\"apiKey\"]");
  }

  @Test
  void changingTheAdminPasswordClearsTheInitialSecretAndVoidsOlderSessions() {
    server = startWithCiAccount();
    String old = server.loginAdmin();
    server.clock.advance(Duration.ofSeconds(1));
    HttpResponse<String> response =
        server.send(
            "PUT",
            "/api/v1/account/password",
            old,
            TestServer.json(
                Map.of(
                    "currentPassword",
                    server.initialAdminPassword(),
                    "newPassword",
                    "a-new-password")));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(server.settings.hasSecret(SettingsNames.INITIAL_ADMIN_SECRET)).isFalse();
    assertThat(server.get("/api/v1/session/userinfo", old).statusCode()).isEqualTo(401);
    String fresh = TestServer.json(response).get("token").asText();
    assertThat(server.get("/api/v1/session/userinfo", fresh).statusCode()).isEqualTo(200);
    assertThat(server.login("admin", "a-new-password")).isNotBlank();
  }

  @Test
  void aWrongCurrentPasswordIsRefused() {
    server = startWithCiAccount();
    HttpResponse<String> response =
        server.send(
            "PUT",
            "/api/v1/account/password",
            server.loginAdmin(),
            TestServer.json(Map.of("currentPassword", "not-it", "newPassword", "a-new-password")));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(response).get("message").asText()).contains("currentPassword");
  }

  @Test
  void aTooShortNewPasswordIsRefusedNamingTheRule() {
    server = startWithCiAccount();
    HttpResponse<String> response =
        server.send(
            "PUT",
            "/api/v1/account/password",
            server.loginAdmin(),
            TestServer.json(
                Map.of("currentPassword", server.initialAdminPassword(), "newPassword", "short")));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(response).get("message").asText()).contains("8 to 32 characters");
  }

  @Test
  void anAccountCannotChangeAnotherAccountsPasswordWithoutRbac() {
    server = startWithCiAccount();
    String ci = server.login("ci", CI_PASSWORD);
    HttpResponse<String> response =
        server.send(
            "PUT",
            "/api/v1/account/password",
            ci,
            TestServer.json(
                Map.of(
                    "name",
                    "admin",
                    "currentPassword",
                    CI_PASSWORD,
                    "newPassword",
                    "taken-over!")));
    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void apiTokensWorkUntilDeleted() {
    server = startWithCiAccount();
    String ci = server.login("ci", CI_PASSWORD);
    HttpResponse<String> created =
        server.send(
            "POST", "/api/v1/account/ci/token", ci, TestServer.json(Map.of("id", "pipeline")));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    String apiToken = TestServer.json(created).get("token").asText();
    assertThat(
            TestServer.json(server.get("/api/v1/session/userinfo", apiToken))
                .get("username")
                .asText())
        .isEqualTo("ci");
    assertThat(server.settings.secret(SettingsNames.ARGOCD_SECRET).get("accounts.ci.tokens"))
        .contains("\"id\":\"pipeline\"")
        .doesNotContain(apiToken);
    assertThat(server.send("DELETE", "/api/v1/account/ci/token/pipeline", ci, null).statusCode())
        .isEqualTo(200);
    assertThat(server.get("/api/v1/session/userinfo", apiToken).statusCode()).isEqualTo(401);
  }

  @Test
  void apiTokensWithExpiryExpire() {
    server = startWithCiAccount();
    String ci = server.login("ci", CI_PASSWORD);
    String apiToken =
        TestServer.json(
                server.send(
                    "POST",
                    "/api/v1/account/ci/token",
                    ci,
                    TestServer.json(Map.of("expiresIn", 60))))
            .get("token")
            .asText();
    server.clock.advance(Duration.ofSeconds(61));
    assertThat(server.get("/api/v1/session/userinfo", apiToken).statusCode()).isEqualTo(401);
  }

  @Test
  void tokensNeedTheApiKeyCapability() {
    server = startWithCiAccount();
    HttpResponse<String> response =
        server.send("POST", "/api/v1/account/admin/token", server.loginAdmin(), "{}");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(TestServer.json(response).get("message").asText()).contains("apiKey capability");
  }

  @Test
  void canIAnswersYesOrNoForTheCaller() {
    server = startWithCiAccount();
    String ci = server.login("ci", CI_PASSWORD);
    String admin = server.loginAdmin();
    assertThat(
            TestServer.json(
                    server.get("/api/v1/account/can-i/applications/sync/default/guestbook", admin))
                .get("value")
                .asText())
        .isEqualTo("yes");
    assertThat(
            TestServer.json(
                    server.get("/api/v1/account/can-i/applications/sync/default/guestbook", ci))
                .get("value")
                .asText())
        .isEqualTo("no");
  }
}
