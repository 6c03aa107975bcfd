package io.mooring.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.Application;
import io.mooring.server.Fixtures;
import io.mooring.server.TestServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApplicationListApiTest {
  private static TestServer server;
  private static String admin;

  @BeforeAll
  static void start() {
    server =
        TestServer.start(
            s -> {
              for (int i = 0; i < 30; i++) {
                Application app =
                    Fixtures.app(
                        "app-%02d".formatted(i),
                        i % 3 == 0 ? "team-a" : "team-b",
                        i % 2 == 0
                            ? "https://git.example.com/even.git"
                            : "https://git.example.com/odd.git",
                        "p");
                app.metadata.labels = Map.of("tier", i < 10 ? "front" : "back");
                s.applications.add(app);
              }
            });
    admin = server.loginAdmin();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void filtersByProjectLabelSelectorRepoAndNameSearchTogether() {
    List<String> names =
        names(
            list(
                "?projects=team-a&selector=tier%3Dfront&repo=HTTPS://git.example.com/even"
                    + "&search=APP-0"));

    assertThat(names).containsExactly("app-00", "app-06");
  }

  @Test
  void setBasedSelectorsAndExactNamesWork() {
    assertThat(names(list("?selector=tier%20in%20(back),tier!%3Dfront&name=app-29")))
        .containsExactly("app-29");
    assertThat(names(list("?selector=!tier"))).isEmpty();
  }

  @Test
  void pagesFollowTheContinueTokenUntilEveryAppWasSeenOnce() {
    List<String> seen = new ArrayList<>();
    String query = "?limit=7";
    int pages = 0;
    while (true) {
      JsonNode page = list(query);
      seen.addAll(names(page));
      pages++;
      JsonNode token = page.at("/metadata/continue");
      if (token.isMissingNode()) {
        break;
      }
      query = "?limit=7&continue=" + token.asText();
    }
    assertThat(pages).isEqualTo(5);
    assertThat(seen).hasSize(30).doesNotHaveDuplicates().isSorted();
  }

  @Test
  void limitZeroListsEverything() {
    assertThat(names(list("?limit=0"))).hasSize(30);
  }

  @Test
  void aBadSelectorOrLimitIsAClearError() {
    HttpResponse<String> selector = server.get("/api/v1/applications?selector=%3Dx", admin);
    assertThat(selector.statusCode()).isEqualTo(400);
    assertThat(selector.body()).contains("selector '=x' is invalid");
    HttpResponse<String> limit = server.get("/api/v1/applications?limit=-1", admin);
    assertThat(limit.statusCode()).isEqualTo(400);
    assertThat(limit.body()).contains("limit '-1' must be a whole number >= 0");
  }

  private static JsonNode list(String query) {
    HttpResponse<String> response = server.get("/api/v1/applications" + query, admin);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return TestServer.json(response);
  }

  private static List<String> names(JsonNode list) {
    List<String> names = new ArrayList<>();
    list.get("items").forEach(item -> names.add(item.at("/metadata/name").asText()));
    return names;
  }
}
