package io.mooring.sandbox.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The indexed store answers exactly as fabric8's CRUD store does, without scanning. */
class IndexedCrudDispatcherTest {
  private static final String CONFIG_MAPS = "/api/v1/namespaces/shop/configmaps";

  private final IndexedCrudDispatcher crud = new IndexedCrudDispatcher();
  private final Store store = new Store(crud);

  @Test
  void anObjectCreatedIsFoundByItsPathAndAMissingOneIsNotFound() {
    created(store.create(CONFIG_MAPS, configMap("web", "blue")));

    assertThat(store.get(CONFIG_MAPS + "/web"))
        .get()
        .extracting(o -> o.at("/data/colour").asText())
        .isEqualTo("blue");
    assertThat(store.call(HttpMethod.GET, CONFIG_MAPS + "/other", null, null).code())
        .isEqualTo(404);
    assertThat(
            store
                .call(HttpMethod.GET, "/api/v1/namespaces/other/configmaps/web", null, null)
                .code())
        .isEqualTo(404);
  }

  @Test
  void creatingAnObjectTwiceIsAConflict() {
    created(store.create(CONFIG_MAPS, configMap("web", "blue")));

    assertThat(store.create(CONFIG_MAPS, configMap("web", "red")).code()).isEqualTo(409);
  }

  @Test
  void aReplacedObjectWithNewLabelsIsFoundUnderItsNewLabelsOnly() {
    ObjectNode stored = created(store.create(CONFIG_MAPS, configMap("web", "blue")));
    ObjectNode relabelled = stored.deepCopy();
    ((ObjectNode) relabelled.path("metadata").path("labels")).put("tier", "back");

    assertThat(store.replace(CONFIG_MAPS + "/web", relabelled).code()).isEqualTo(200);

    assertThat(store.get(CONFIG_MAPS + "/web"))
        .get()
        .extracting(o -> o.at("/metadata/labels/tier").asText())
        .isEqualTo("back");
    assertThat(names(CONFIG_MAPS + "?labelSelector=tier%3Dback")).containsExactly("web");
    assertThat(names(CONFIG_MAPS + "?labelSelector=tier%3Dfront")).isEmpty();
    assertThat(
            Long.parseLong(
                store
                    .get(CONFIG_MAPS + "/web")
                    .orElseThrow()
                    .at("/metadata/resourceVersion")
                    .asText()))
        .isGreaterThan(Long.parseLong(stored.at("/metadata/resourceVersion").asText()));
  }

  @Test
  void aReplaceWithAStaleResourceVersionIsAConflict() {
    ObjectNode stored = created(store.create(CONFIG_MAPS, configMap("web", "blue")));
    ObjectNode first = stored.deepCopy();
    ((ObjectNode) first.path("data")).put("colour", "red");
    assertThat(store.replace(CONFIG_MAPS + "/web", first).code()).isEqualTo(200);

    ObjectNode stale = stored.deepCopy();
    ((ObjectNode) stale.path("data")).put("colour", "green");

    assertThat(store.replace(CONFIG_MAPS + "/web", stale).code()).isEqualTo(409);
    assertThat(store.get(CONFIG_MAPS + "/web").orElseThrow().at("/data/colour").asText())
        .isEqualTo("red");
  }

  @Test
  void aDeletedObjectIsGoneAndAnObjectWithAFinalizerIsOnlyMarked() {
    created(store.create(CONFIG_MAPS, configMap("web", "blue")));
    ObjectNode guarded = configMap("guarded", "blue");
    Json.metadata(guarded).putArray("finalizers").add("example.com/keep");
    created(store.create(CONFIG_MAPS, guarded));

    store.delete(CONFIG_MAPS + "/web");
    store.delete(CONFIG_MAPS + "/guarded");

    assertThat(store.get(CONFIG_MAPS + "/web")).isEmpty();
    assertThat(
            store
                .get(CONFIG_MAPS + "/guarded")
                .orElseThrow()
                .path("metadata")
                .has("deletionTimestamp"))
        .isTrue();
    assertThat(names(CONFIG_MAPS)).containsExactly("guarded");
  }

  @Test
  void aClusterScopedObjectAndTheSameNameInTwoNamespacesAreTold() {
    created(
        store.create(
            "/api/v1/namespaces",
            (ObjectNode)
                Json.parse(
                    "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"shop\"}}")));
    created(store.create(CONFIG_MAPS, configMap("web", "blue")));
    created(store.create("/api/v1/namespaces/other/configmaps", configMap("web", "red")));

    assertThat(store.get("/api/v1/namespaces/shop")).isPresent();
    assertThat(store.get(CONFIG_MAPS + "/web").orElseThrow().at("/data/colour").asText())
        .isEqualTo("blue");
    assertThat(
            store
                .get("/api/v1/namespaces/other/configmaps/web")
                .orElseThrow()
                .at("/data/colour")
                .asText())
        .isEqualTo("red");
    assertThat(names("/api/v1/configmaps?fieldSelector=metadata.name%3Dweb")).hasSize(2);
  }

  @Test
  void aWatcherThatReadsEachObjectItIsToldOfFindsIt() {
    MockResponse watch = store.call(HttpMethod.GET, CONFIG_MAPS + "?watch=true", null, null);
    List<String> reads = new CopyOnWriteArrayList<>();
    WebSocket readingWatcher =
        new WebSocket() {
          @Override
          public RecordedRequest request() {
            return new RecordedRequest(
                "HTTP/1.1",
                HttpMethod.GET,
                CONFIG_MAPS + "?watch=true",
                Headers.builder().build(),
                new Buffer());
          }

          @Override
          public boolean send(String event) {
            JsonNode parsed = Json.parse(event);
            String name = parsed.at("/object/metadata/name").asText();
            int code = store.call(HttpMethod.GET, CONFIG_MAPS + "/" + name, null, null).code();
            reads.add(parsed.path("type").asText() + " " + name + " " + code);
            return true;
          }

          @Override
          public boolean send(byte[] bytes) {
            return send(new String(bytes, StandardCharsets.UTF_8));
          }

          @Override
          public boolean close(int code, String reason) {
            return true;
          }
        };
    watch.getWebSocketListener().onOpen(readingWatcher, watch);

    for (int i = 0; i < 40; i++) {
      created(store.create(CONFIG_MAPS, configMap("web-" + i, "blue")));
    }

    // watchers are told on another thread, at once: by then each object must be found by its path
    // (with the index updated after the watchers were told, some of these reads got 404)
    await().atMost(Duration.ofSeconds(10)).until(() -> reads.size() == 40);
    assertThat(reads)
        .allSatisfy(read -> assertThat(read).startsWith("ADDED web-").endsWith(" 200"));
  }

  @Test
  void changesAreCountedPerType() {
    long before = crud.changes("configmaps");

    created(store.create(CONFIG_MAPS, configMap("web", "blue")));
    store.delete(CONFIG_MAPS + "/web");

    assertThat(crud.changes("configmaps")).isEqualTo(before + 2);
    assertThat(crud.changes("secrets")).isZero();
  }

  private List<String> names(String listPath) {
    MockResponse response = store.call(HttpMethod.GET, listPath, null, null);
    assertThat(response.code()).isEqualTo(200);
    JsonNode items = Json.parse(response.getBody().readUtf8()).path("items");
    return StreamSupport.stream(items.spliterator(), false)
        .map(item -> item.at("/metadata/name").asText())
        .toList();
  }

  private static ObjectNode created(MockResponse response) {
    assertThat(response.code()).isBetween(200, 201);
    return Json.parseObject(response.getBody().readUtf8());
  }

  private static ObjectNode configMap(String name, String colour) {
    return (ObjectNode)
        Json.parse(
            ("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"%s\","
                    + "\"labels\":{\"tier\":\"front\"}},\"data\":{\"colour\":\"%s\"}}")
                .formatted(name, colour));
  }
}
