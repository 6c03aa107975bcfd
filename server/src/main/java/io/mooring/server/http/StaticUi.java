package io.mooring.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the web UI from a classpath folder (the ui module's jar puts it under {@code /static}):
 * {@code index.html} at {@code /} with {@code no-cache} (it names the current assets), and the
 * content-hashed files under {@code /assets/} cached for a year. Files are read once and kept in
 * memory (the UI is a few hundred kilobytes). Without the UI on the classpath, {@code /} says so in
 * a short plain page.
 */
public final class StaticUi {
  static final String INDEX_CACHE = "no-cache";
  static final String ASSET_CACHE = "public, max-age=31536000, immutable";
  static final String NOT_BUILT =
      "The Mooring web UI is not part of this build (the mooring-ui jar is not on the classpath)."
          + "\nThe API is served under /api. Build the ui module (needs npm) to get the UI.\n";
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("mjs", "text/javascript; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("map", "application/json"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("woff", "font/woff"),
          Map.entry("txt", "text/plain; charset=utf-8"));

  private final ClassLoader loader;
  private final String root;
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();

  /** The UI under the classpath folder {@code root} of {@code loader}. */
  public StaticUi(ClassLoader loader, String root) {
    this.loader = loader;
    this.root = root.replaceAll("^/+|/+$", "");
  }

  /** {@code GET /} and {@code GET /index.html}. */
  public void index(Context ctx) {
    Optional<byte[]> index = read("index.html");
    if (index.isEmpty()) {
      ctx.status(200)
          .contentType("text/plain; charset=utf-8")
          .header("Cache-Control", INDEX_CACHE)
          .result(NOT_BUILT.getBytes(StandardCharsets.UTF_8));
      return;
    }
    send(ctx, "index.html", index.get(), INDEX_CACHE);
  }

  /** {@code GET /assets/<file>}: 404 when the UI has no such file. */
  public void asset(Context ctx) {
    String path = "assets/" + ctx.pathParam("file");
    byte[] content =
        safe(path)
            .flatMap(this::read)
            .orElseThrow(() -> ApiException.notFound("no such file in the web UI: /" + path));
    send(ctx, path, content, ASSET_CACHE);
  }

  private static void send(Context ctx, String path, byte[] content, String cache) {
    ctx.status(200)
        .contentType(contentType(path))
        .header("Cache-Control", cache)
        .header("X-Content-Type-Options", "nosniff")
        .result(content);
  }

  /** The content type of a file, from its extension. */
  static String contentType(String path) {
    int dot = path.lastIndexOf('.');
    String extension = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    return TYPES.getOrDefault(extension, "application/octet-stream");
  }

  /** The path when it stays inside the UI folder (no {@code ..}, no empty or hidden segments). */
  static Optional<String> safe(String path) {
    if (path.contains("\\") || path.contains("//") || path.endsWith("/")) {
      return Optional.empty();
    }
    for (String segment : path.split("/")) {
      if (segment.isEmpty() || segment.startsWith(".")) {
        return Optional.empty();
      }
    }
    return Optional.of(path);
  }

  private Optional<byte[]> read(String path) {
    byte[] known = files.get(path);
    if (known != null) {
      return Optional.of(known);
    }
    try (InputStream in = loader.getResourceAsStream(root + "/" + path)) {
      if (in == null) {
        return Optional.empty();
      }
      byte[] content = in.readAllBytes();
      files.put(path, content);
      return Optional.of(content);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the web UI file " + path, e);
    }
  }
}
