package io.mooring.sandbox.http;

import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.http.WebSocket;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

/**
 * Lets the store's watch machinery, written for WebSockets, serve a plain HTTP watch (what kubectl
 * and client-go use): each event becomes one line of a chunked JSON stream.
 */
final class HttpWatchStream implements WebSocket {
  private final RecordedRequest request;
  private final HttpServerResponse response;
  private volatile boolean closed;

  HttpWatchStream(RecordedRequest request, HttpServerResponse response) {
    this.request = request;
    this.response = response;
  }

  @Override
  public RecordedRequest request() {
    return request;
  }

  @Override
  public boolean send(String text) {
    if (closed) {
      return false;
    }
    response.write(text.endsWith("\n") ? text : text + "\n");
    return true;
  }

  @Override
  public boolean send(byte[] bytes) {
    if (closed) {
      return false;
    }
    response.write(Buffer.buffer(bytes));
    return true;
  }

  @Override
  public boolean close(int code, String reason) {
    if (!closed) {
      closed = true;
      response.end();
    }
    return true;
  }

  void markClosed() {
    closed = true;
  }
}
