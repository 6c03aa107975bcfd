package io.mooring.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * In-process access to fabric8's CRUD store: each call is handed straight to its dispatcher as a
 * request, with no socket in between, so watches see every change made here.
 */
public final class Store {
  private final IndexedCrudDispatcher crud;
  private final ReentrantLock writeLock = new ReentrantLock();

  public Store(IndexedCrudDispatcher crud) {
    this.crud = crud;
  }

  /** How many changes objects of {@code plural} have had (to cache what is derived from them). */
  public long changes(String plural) {
    return crud.changes(plural);
  }

  /**
   * Runs a read-modify-write sequence with no other sandbox write in between (the lock is
   * reentrant, so sequences may nest).
   */
  public <T> T locked(Supplier<T> sequence) {
    writeLock.lock();
    try {
      return sequence.get();
    } finally {
      writeLock.unlock();
    }
  }

  /** Sends one request to the store. */
  public MockResponse call(HttpMethod method, String path, String body, String contentType) {
    Headers.Builder headers = Headers.builder();
    if (contentType != null) {
      headers.add("Content-Type", contentType);
    }
    Buffer buffer = body == null ? new Buffer() : new Buffer(body.getBytes(StandardCharsets.UTF_8));
    return crud.dispatch(new RecordedRequest("HTTP/1.1", method, path, headers.build(), buffer));
  }

  /** Hands an incoming request to the store unchanged. */
  public MockResponse forward(RecordedRequest request) {
    return crud.dispatch(request);
  }

  public Optional<ObjectNode> get(String objectPath) {
    MockResponse response = call(HttpMethod.GET, objectPath, null, null);
    if (response.code() != 200 || response.getBody() == null) {
      return Optional.empty();
    }
    return Optional.of(Json.parseObject(response.getBody().readUtf8()));
  }

  public MockResponse create(String collectionPath, ObjectNode object) {
    return call(HttpMethod.POST, collectionPath, Json.write(object), "application/json");
  }

  public MockResponse replace(String objectPath, ObjectNode object) {
    return call(HttpMethod.PUT, objectPath, Json.write(object), "application/json");
  }

  public MockResponse delete(String objectPath) {
    return call(HttpMethod.DELETE, objectPath, null, null);
  }

  /** A copy of every stored object, taken under the store's own lock. */
  public List<ObjectNode> snapshot() {
    List<String> bodies;
    synchronized (crud.getMap()) {
      bodies = new ArrayList<>(crud.getMap().values());
    }
    List<ObjectNode> objects = new ArrayList<>(bodies.size());
    for (String body : bodies) {
      JsonNode node = Json.parse(body);
      if (node instanceof ObjectNode object) {
        objects.add(object);
      }
    }
    return objects;
  }
}
