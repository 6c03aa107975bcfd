package io.mooring.sandbox.http;

import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.http.WebSocketListener;
import io.fabric8.mockwebserver.vertx.ServerWebSocketHandler;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP front of the sandbox on loopback. Like fabric8's MockWebServer it hands requests to a
 * dispatcher and serves watches over WebSockets (fabric8 clients); unlike it, it also streams plain
 * HTTP watches ({@code ?watch=true} without an upgrade), which kubectl and client-go need.
 */
public final class ApiHttpServer implements AutoCloseable {
  private final Dispatcher dispatcher;
  private final Vertx vertx;
  private final ExecutorService workers;
  private HttpServer server;

  public ApiHttpServer(Dispatcher dispatcher) {
    this.dispatcher = dispatcher;
    this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setWorkerPoolSize(4));
    this.workers = Executors.newFixedThreadPool(4, daemon("sandbox-api"));
  }

  /** Listens on host:port (port 0 picks a free one) and returns the port. */
  public int start(String host, int port) {
    server =
        vertx
            .createHttpServer(new HttpServerOptions().setHost(host).setPort(port))
            .requestHandler(this::handle);
    try {
      server.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(
          "the sandbox API server could not listen on " + host + ":" + port + ": " + e.getMessage(),
          e);
    }
    return server.actualPort();
  }

  private void handle(HttpServerRequest request) {
    String upgrade = request.getHeader("Upgrade");
    if (upgrade != null && upgrade.toLowerCase(Locale.ROOT).contains("websocket")) {
      RecordedRequest recorded = recorded(request, null);
      MockResponse response = dispatcher.dispatch(recorded);
      if (response.getWebSocketListener() != null) {
        request.toWebSocket().onSuccess(new ServerWebSocketHandler(recorded, response));
      } else {
        send(request.response(), response);
      }
      return;
    }
    request
        .body()
        .onSuccess(
            body -> {
              RecordedRequest recorded = recorded(request, body);
              workers.execute(() -> answer(request, recorded));
            });
  }

  private void answer(HttpServerRequest request, RecordedRequest recorded) {
    MockResponse response;
    try {
      response = dispatcher.dispatch(recorded);
    } catch (RuntimeException e) {
      response =
          new MockResponse().setResponseCode(500).setBody("sandbox error: " + e.getMessage());
    }
    if (response.getWebSocketListener() != null) {
      streamWatch(request, recorded, response);
    } else {
      send(request.response(), response);
    }
  }

  private static void streamWatch(
      HttpServerRequest request, RecordedRequest recorded, MockResponse response) {
    HttpServerResponse http = request.response();
    http.setChunked(true);
    http.putHeader("Content-Type", "application/json");
    http.setStatusCode(200);
    http.write("");
    WebSocketListener listener = response.getWebSocketListener();
    HttpWatchStream stream = new HttpWatchStream(recorded, http);
    http.closeHandler(
        v -> {
          stream.markClosed();
          listener.onClosed(stream, 1000, "client closed the watch");
        });
    listener.onOpen(stream, response);
  }

  private static void send(HttpServerResponse http, MockResponse response) {
    http.setStatusCode(response.code());
    response.getHeaders().toMultimap().forEach((name, values) -> http.putHeader(name, values));
    byte[] body = response.getBody() == null ? new byte[0] : response.getBody().getBytes();
    if (body.length > 0 && http.headers().get("Content-Type") == null) {
      http.putHeader("Content-Type", "application/json");
    }
    http.end(Buffer.buffer(body));
  }

  private static RecordedRequest recorded(HttpServerRequest request, Buffer body) {
    Headers.Builder headers = Headers.builder();
    request.headers().forEach(e -> headers.add(e.getKey(), e.getValue()));
    return new RecordedRequest(
        "HTTP/1.1",
        HttpMethod.fromVertx(request.method()),
        request.uri(),
        headers.build(),
        new io.fabric8.mockwebserver.http.Buffer(body == null ? new byte[0] : body.getBytes()));
  }

  @Override
  public void close() {
    try {
      if (server != null) {
        server.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      // closing anyway
    } finally {
      workers.shutdownNow();
      vertx.close();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
