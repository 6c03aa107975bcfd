package io.mooring.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.server.TestServer;
import io.mooring.server.auth.SigningKey;
import io.mooring.server.settings.SettingsNames;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SessionApiTest {
  private TestServer server;

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void firstStartGeneratesAStrongAdminPasswordAndStoresOnlyItsHashInArgocdSecret() {
    server = TestServer.start(s -> {});
    String password = server.initialAdminPassword();
    assertThat(password).hasSize(16).matches("[A-Za-z0-9]+");
    String stored = server.settings.secret(SettingsNames.ARGOCD_SECRET).get("admin.password");
    assertThat(stored).startsWith("$2").doesNotContain(password);
    assertThat(server.settings.secret(SettingsNames.ARGOCD_SECRET))
        .containsKey("admin.passwordMtime");
  }

  @Test
  void loginReturnsATokenThatUserinfoAccepts() {
    server = TestServer.start(s -> {});
    String token = server.loginAdmin();
    JsonNode info = TestServer.json(server.get("/api/v1/session/userinfo", token));
    assertThat(info.get("loggedIn").asBoolean()).isTrue();
    assertThat(info.get("username").asText()).isEqualTo("admin");
    assertThat(info.get("iss").asText()).isEqualTo("argocd");
    assertThat(info.get("groups").isArray()).isTrue();
  }

  @Test
  void theTokenIsAlsoAcceptedFromTheArgocdTokenCookie() {
    server = TestServer.start(s -> {});
    String token = server.loginAdmin();
    HttpResponse<String> response =
        server.send(
            HttpRequest.newBuilder(server.uri("/api/v1/session/userinfo"))
                .header("Cookie", "argocd.token=" + token)
                .build());
    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void wrongPasswordIsA401() {
    server = TestServer.start(s -> {});
    HttpResponse<String> response =
        server.send(
            "POST",
            "/api/v1/session",
            null,
            TestServer.json(Map.of("username", "admin", "password", "nope-nope")));
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(TestServer.json(response).get("message").asText())
        .isEqualTo("Invalid username or password");
  }

  @Test
  void disabledAdminCannotLogIn() {
    server = TestServer.start(s -> s.configure(Map.of("admin.enabled", "false")));
    HttpResponse<String> response =
        server.send(
            "POST",
            "/api/v1/session",
            null,
            TestServer.json(
                Map.of("username", "admin", "password", server.initialAdminPassword())));
    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void logoutRevokesTheSessionToken() {
    server = TestServer.start(s -> {});
    String token = server.loginAdmin();
    assertThat(server.send("DELETE", "/api/v1/session", token, null).statusCode()).isEqualTo(200);
    assertThat(server.get("/api/v1/session/userinfo", token).statusCode()).isEqualTo(401);
  }

  @Test
  void sessionTokensExpireAfter24HoursByDefault() {
    server = TestServer.start(s -> {});
    String token = server.loginAdmin();
    server.clock.advance(Duration.ofHours(23));
    assertThat(server.get("/api/v1/session/userinfo", token).statusCode()).isEqualTo(200);
    server.clock.advance(Duration.ofHours(1));
    assertThat(server.get("/api/v1/session/userinfo", token).statusCode()).isEqualTo(401);
  }

  @Test
  void sessionDurationComesFromArgocdCm() {
    server = TestServer.start(s -> s.configure(Map.of("users.session.duration", "1h")));
    String token = server.loginAdmin();
    server.clock.advance(Duration.ofMinutes(61));
    assertThat(server.get("/api/v1/session/userinfo", token).statusCode()).isEqualTo(401);
  }

  @Test
  void rotatingTheSigningKeyVoidsTokensSignedWithThePreviousKey() {
    server = TestServer.start(s -> {});
    String before = server.loginAdmin();
    new SigningKey(server.settings, new SecureRandom()).rotate();
    assertThat(server.get("/api/v1/session/userinfo", before).statusCode()).isEqualTo(401);
    String after = server.loginAdmin();
    assertThat(server.get("/api/v1/session/userinfo", after).statusCode()).isEqualTo(200);
  }

  @Test
  void aForgedTokenIsA401() {
    server = TestServer.start(s -> {});
    String token = server.loginAdmin();
    String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA";
    assertThat(server.get("/api/v1/session/userinfo", forged).statusCode()).isEqualTo(401);
  }

  @Test
  void anonymousAccessIsOffByDefault() {
    server = TestServer.start(s -> {});
    assertThat(server.get("/api/v1/session/userinfo", null).statusCode()).isEqualTo(401);
  }

  @Test
  void anonymousAccessCanBeEnabledInArgocdCm() {
    server = TestServer.start(s -> s.configure(Map.of("users.anonymous.enabled", "true")));
    HttpResponse<String> response = server.get("/api/v1/session/userinfo", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(TestServer.json(response).get("loggedIn").asBoolean()).isFalse();
  }

  @Test
  void loginIsCountedInMetrics() {
    server = TestServer.start(s -> {});
    String token = server.loginAdmin();
    server.send(
        "POST",
        "/api/v1/session",
        null,
        TestServer.json(Map.of("username", "admin", "password", "wrong-one")));
    String metrics = server.get("/metrics", token).body();
    assertThat(metrics)
        .contains("argocd_login_request_total{status=\"success\"} 1.0")
        .contains("argocd_login_request_total{status=\"failure\"} 1.0");
  }
}
