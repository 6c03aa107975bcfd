package io.mooring.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A loopback TCP proxy in front of a plain-HTTP API server that counts the HTTP/1.1 requests
 * passing through it (by their request lines), split into those matching a path filter and the
 * rest. Watch streams and WebSocket frames pass through uncounted after their opening request.
 */
final class RequestCountingProxy implements AutoCloseable {
  private final ServerSocket server;
  private final String targetHost;
  private final int targetPort;
  private final Predicate<String> matching;
  private final AtomicLong matched = new AtomicLong();
  private final AtomicLong others = new AtomicLong();

  /**
   * Starts proxying to {@code host:port}; {@code matching} selects request lines to count apart.
   */
  RequestCountingProxy(String host, int port, Predicate<String> matching) throws IOException {
    this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    this.targetHost = host;
    this.targetPort = port;
    this.matching = matching;
    Thread acceptor = new Thread(this::accept, "proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** Requests whose request line matched the filter, and all others, counted so far. */
  long[] counts() {
    return new long[] {matched.get(), others.get()};
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket(targetHost, targetPort);
        pump(client.getInputStream(), upstream.getOutputStream(), true, client, upstream);
        pump(upstream.getInputStream(), client.getOutputStream(), false, client, upstream);
      } catch (IOException e) {
        return;
      }
    }
  }

  private void pump(InputStream in, OutputStream out, boolean count, Socket a, Socket b) {
    Thread thread =
        new Thread(
            () -> {
              StringBuilder line = new StringBuilder();
              byte[] buffer = new byte[16 * 1024];
              try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                  if (count) {
                    scan(buffer, n, line);
                  }
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException e) {
                // connection closed
              } finally {
                close(a);
                close(b);
              }
            },
            "proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private void scan(byte[] buffer, int length, StringBuilder line) {
    for (int i = 0; i < length; i++) {
      byte c = buffer[i];
      if (c == '\n') {
        String text = line.toString();
        if (text.endsWith(" HTTP/1.1\r") && text.indexOf(' ') > 0) {
          (matching.test(text) ? matched : others).incrementAndGet();
        }
        line.setLength(0);
      } else if (line.length() < 512) {
        line.append((char) (c & 0xff));
      }
    }
  }

  private static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }

  static String describe(long[] counts) {
    return counts[0] + " Application, " + counts[1] + " other";
  }
}
