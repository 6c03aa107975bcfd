package io.mooring.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.server.Fixtures;
import io.mooring.server.TestServer;
import io.mooring.server.auth.JwtIssuer;
import io.mooring.server.auth.SigningKey;
import io.mooring.server.auth.TokenRequest;
import io.mooring.server.catalog.ApplicationEvent;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApplicationStreamApiTest {
  private static final String REPO = "https://git.example.com/web.git";
  private TestServer server;
  private final List<JsonNode> received = new CopyOnWriteArrayList<>();
  private CompletableFuture<HttpResponse<Stream<String>>> stream;

  @BeforeEach
  void start() {
    server =
        TestServer.start(
            s -> {
              s.rbac(Map.of("policy.csv", "g, alice, proj:team-a:developer"));
              s.configure(Map.of("accounts.alice", "login"));
              s.projects.add(Fixtures.projectWithDeveloperRole("team-a"));
              s.projects.add(Fixtures.projectWithDeveloperRole("team-b"));
              s.applications.add(Fixtures.app("frontend", "team-a", REPO, "web"));
              s.applications.add(Fixtures.app("billing", "team-b", REPO, "billing"));
            });
  }

  @AfterEach
  void stop() {
    if (stream != null) {
      stream.cancel(true);
    }
    server.close();
  }

  @Test
  void theStreamStartsWithTheVisibleAppsThenSendsOnlyChangesTheCallerMayGet() {
    open("/api/v1/stream/applications", token("alice"));
    await().until(() -> received.size() == 1);
    assertThat(received.get(0).at("/result/type").asText()).isEqualTo("ADDED");
    assertThat(received.get(0).at("/result/application/metadata/name").asText())
        .isEqualTo("frontend");
    await().until(() -> server.events.subscriberCount() == 1);

    String admin = server.loginAdmin();
    server.send("POST", "/api/v1/applications/billing/sync", admin, "{}");
    server.send("POST", "/api/v1/applications/frontend/sync", admin, "{}");

    await().until(() -> received.size() == 2);
    assertThat(received.get(1).at("/result/type").asText()).isEqualTo("MODIFIED");
    assertThat(received.get(1).at("/result/application/metadata/name").asText())
        .isEqualTo("frontend");
    assertThat(received.get(1).at("/result/application/operation/sync").isObject()).isTrue();
  }

  @Test
  void aChangeMadeWhileTheStreamReadsItsOpeningListIsNotFollowedByTheOlderState() {
    AtomicBoolean staged = new AtomicBoolean();
    server.whileListing =
        () -> {
          if (staged.compareAndSet(false, true)) {
            Application newer = ModelCodec.copy(server.applications.get(0));
            newer.metadata.labels = Map.of("stage", "newer");
            server.events.publish(new ApplicationEvent(ApplicationEvent.Type.MODIFIED, newer));
          }
        };
    open("/api/v1/stream/applications", token("alice"));
    await().until(() -> !received.isEmpty());

    // a later change to the same app marks where the opening list's sends have certainly ended
    server.send("POST", "/api/v1/applications/frontend/sync", server.loginAdmin(), "{}");
    await().until(() -> received.size() >= 2);

    assertThat(received)
        .extracting(
            event ->
                event.at("/result/type").asText()
                    + " "
                    + event.at("/result/application/metadata/name").asText())
        .containsExactly("MODIFIED frontend", "MODIFIED frontend");
    assertThat(received.get(0).at("/result/application/metadata/labels/stage").asText())
        .isEqualTo("newer");
  }

  @Test
  void theListsFiltersNarrowTheStream() {
    open("/api/v1/stream/applications?name=billing", server.loginAdmin());

    await().until(() -> received.size() == 1);
    assertThat(received.get(0).at("/result/application/metadata/name").asText())
        .isEqualTo("billing");
  }

  @Test
  void anonymousCallersCannotOpenTheStream() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.uri("/api/v1/stream/applications"))
                    .header("Accept", "text/event-stream")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(401);
  }

  private void open(String path, String token) {
    stream =
        HttpClient.newHttpClient()
            .sendAsync(
                HttpRequest.newBuilder(server.uri(path))
                    .header("Accept", "text/event-stream")
                    .header("Authorization", "Bearer " + token)
                    .build(),
                HttpResponse.BodyHandlers.ofLines());
    stream.thenAccept(
        response ->
            response
                .body()
                .filter(line -> line.startsWith("data: "))
                .forEach(line -> received.add(parse(line.substring("data: ".length())))));
    await().atMost(Duration.ofSeconds(10)).until(stream::isDone);
  }

  private static JsonNode parse(String json) {
    try {
      return ModelCodec.jsonMapper().readTree(json);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  private String token(String account) {
    return new JwtIssuer(new SigningKey(server.settings, new SecureRandom()), server.clock)
        .issue(
            new TokenRequest(
                account + ":login",
                UUID.randomUUID().toString(),
                Optional.of(Duration.ofHours(1))));
  }
}
