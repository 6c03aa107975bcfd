package io.mooring.testkit.helm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Helm chart repository on loopback (the JDK's HTTP server): packaged charts published with
 * {@link #publish} are served as {@code NAME-VERSION.tgz} next to a generated {@code index.yaml}.
 * Optionally demands HTTP basic authentication. Counts requests per file.
 */
public final class HelmRepositoryServer implements AutoCloseable {
  /** A user name and password the server demands. */
  public record BasicAuth(String username, String password) {
    @Override
    public String toString() {
      return "BasicAuth[username=" + username + ", password=***]";
    }
  }

  private record Published(String name, String version, String file, String digest) {}

  private final HttpServer server;
  private final Optional<String> expectedAuthorization;
  private final List<Published> charts = new ArrayList<>();
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

  private HelmRepositoryServer(Optional<BasicAuth> auth) {
    this.expectedAuthorization =
        auth.map(
            a ->
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (a.username() + ":" + a.password()).getBytes(StandardCharsets.UTF_8)));
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the test Helm repository", e);
    }
    server.createContext("/", this::serve);
    server.start();
    files.put("index.yaml", index().getBytes(StandardCharsets.UTF_8));
  }

  /** Starts an open repository. */
  public static HelmRepositoryServer start() {
    return new HelmRepositoryServer(Optional.empty());
  }

  /** Starts a repository that demands the given basic-auth credentials. */
  public static HelmRepositoryServer startWithBasicAuth(BasicAuth auth) {
    return new HelmRepositoryServer(Optional.of(auth));
  }

  /** The repository URL, as an Application's {@code repoURL} names it. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/charts";
  }

  /** Serves {@code tgz} as chart {@code name} at {@code version} and lists it in index.yaml. */
  public synchronized void publish(String name, String version, byte[] tgz) {
    String file = name + "-" + version + ".tgz";
    files.put(file, tgz.clone());
    charts.add(new Published(name, version, file, sha256(tgz)));
    files.put("index.yaml", index().getBytes(StandardCharsets.UTF_8));
  }

  /** How many requests asked for {@code file} (say {@code index.yaml}), answered or refused. */
  public int requests(String file) {
    AtomicInteger count = requests.get(file);
    return count == null ? 0 : count.get();
  }

  private String index() {
    Map<String, List<Published>> byName = new TreeMap<>();
    charts.forEach(c -> byName.computeIfAbsent(c.name(), n -> new ArrayList<>()).add(c));
    StringBuilder yaml = new StringBuilder("apiVersion: v1\nentries:");
    if (byName.isEmpty()) {
      yaml.append(" {}");
    }
    yaml.append('\n');
    byName.forEach(
        (name, versions) -> {
          yaml.append("  ").append(name).append(":\n");
          for (Published chart : versions) {
            yaml.append("  - name: ").append(name).append('\n');
            yaml.append("    version: \"").append(chart.version()).append("\"\n");
            yaml.append("    digest: ").append(chart.digest()).append('\n');
            yaml.append("    urls:\n    - ").append(chart.file()).append('\n');
          }
        });
    return yaml.append("generated: \"2026-01-01T00:00:00Z\"\n").toString();
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String file = path.startsWith("/charts/") ? path.substring("/charts/".length()) : "";
      requests.computeIfAbsent(file, f -> new AtomicInteger()).incrementAndGet();
      if (expectedAuthorization.isPresent()
          && !expectedAuthorization
              .get()
              .equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"mooring-test\"");
        exchange.sendResponseHeaders(401, -1);
        return;
      }
      byte[] body = files.get(file);
      if (body == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
