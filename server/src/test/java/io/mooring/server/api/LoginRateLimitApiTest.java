package io.mooring.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.server.TestServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoginRateLimitApiTest {
  private TestServer server;

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> login(String password) {
    return server.send(
        "POST",
        "/api/v1/session",
        null,
        TestServer.json(Map.of("username", "admin", "password", password)));
  }

  @Test
  void afterFiveFailuresEvenTheRightPasswordGets429UntilTheDelayPasses() {
    server = TestServer.start(s -> {});
    for (int i = 0; i < 5; i++) {
      assertThat(login("guess-" + i).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> limited = login(server.initialAdminPassword());
    ApiSkeletonTest.assertErrorShape(limited, 429, 8);
    assertThat(limited.headers().firstValue("Retry-After")).contains("1");

    server.clock.advance(Duration.ofSeconds(1));
    assertThat(login(server.initialAdminPassword()).statusCode()).isEqualTo(200);
  }
}
