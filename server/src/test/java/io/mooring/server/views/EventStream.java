package io.mooring.server.views;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A server-sent event stream read line by line; {@code data:} payloads are queued. */
final class EventStream implements AutoCloseable {
  private final BlockingQueue<String> data = new LinkedBlockingQueue<>();
  private final Thread reader;
  private volatile Stream<String> lines;
  private volatile int status;

  EventStream(HttpClient http, URI uri, String token) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Accept", "text/event-stream")
            .header("Authorization", "Bearer " + token)
            .GET()
            .build();
    reader =
        new Thread(
            () -> {
              try {
                HttpResponse<Stream<String>> response =
                    http.send(request, HttpResponse.BodyHandlers.ofLines());
                status = response.statusCode();
                lines = response.body();
                lines.forEach(
                    line -> {
                      if (line.startsWith("data:")) {
                        data.add(line.substring(5).trim());
                      }
                    });
              } catch (Exception e) {
                // the stream ends when the test closes it
              }
            },
            "test-sse-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** The next data payload, waiting at most {@code timeout}; null when none came. */
  String next(Duration timeout) throws InterruptedException {
    return data.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  int status() {
    return status;
  }

  @Override
  public void close() {
    Stream<String> open = lines;
    if (open != null) {
      open.close();
    }
    reader.interrupt();
  }
}
