package io.mooring.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.Application;
import io.mooring.server.TestServer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiSkeletonTest {
  private TestServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void versionAnswersWithoutAToken() {
    server = TestServer.start(s -> {});
    HttpResponse<String> response = server.get("/api/version", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(TestServer.json(response).get("Version").asText()).isEqualTo("v0.1.0-test");
  }

  @Test
  void healthzAndReadyzAnswerWithoutAToken() {
    server = TestServer.start(s -> {});
    assertThat(server.get("/healthz", null).body()).isEqualTo("ok");
    assertThat(server.get("/readyz", null).statusCode()).isEqualTo(200);
  }

  @Test
  void readyzIs503WithTheReasonUntilReady() {
    server = TestServer.start(s -> s.notReady("cluster cache not synced"));
    HttpResponse<String> response = server.get("/readyz", null);
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(TestServer.json(response).get("message").asText())
        .isEqualTo("cluster cache not synced");
  }

  @Test
  void unknownRouteIsA404InTheErrorShape() {
    server = TestServer.start(s -> {});
    HttpResponse<String> response = server.get("/api/v1/nothing-here", server.loginAdmin());
    assertErrorShape(response, 404, 5);
  }

  @Test
  void malformedJsonIsA400NamingTheProblem() {
    server = TestServer.start(s -> {});
    HttpResponse<String> response = server.send("POST", "/api/v1/session", null, "{\"username\": ");
    assertErrorShape(response, 400, 3);
    assertThat(TestServer.json(response).get("message").asText())
        .startsWith("request body is not valid JSON");
  }

  @Test
  void missingFieldIsA400NamingTheField() {
    server = TestServer.start(s -> {});
    HttpResponse<String> response =
        server.send("POST", "/api/v1/session", null, "{\"username\":\"admin\"}");
    assertErrorShape(response, 400, 3);
    assertThat(TestServer.json(response).get("message").asText()).contains("'password'");
  }

  @Test
  void protectedRouteWithoutATokenIsA401() {
    server = TestServer.start(s -> {});
    assertErrorShape(server.get("/api/v1/account", null), 401, 16);
  }

  @Test
  void unexpectedFailureIsA500WithoutInternals() {
    server = TestServer.start(s -> s.applications.add(brokenApplication()));
    HttpResponse<String> response = server.get("/api/v1/applications", server.loginAdmin());
    assertErrorShape(response, 500, 13);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.mooring");
  }

  private static Application brokenApplication() {
    Application app = new Application();
    app.metadata = null;
    return app;
  }

  static void assertErrorShape(HttpResponse<String> response, int status, int grpcCode) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode body = TestServer.json(response);
    assertThat(body.get("code").asInt()).isEqualTo(grpcCode);
    assertThat(body.get("message").asText()).isNotBlank();
    assertThat(body.get("error").asText()).isEqualTo(body.get("message").asText());
    assertThat(List.of(body.fieldNames()).size()).isEqualTo(1);
    assertThat(Optional.of(body.size())).contains(3);
  }
}
