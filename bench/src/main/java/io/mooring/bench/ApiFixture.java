package io.mooring.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.mooring.model.AppProject;
import io.mooring.model.ModelCodec;
import io.mooring.server.ApiServer;
import io.mooring.server.ServerDependencies;
import io.mooring.server.ServerOptions;
import io.mooring.server.Transport;
import io.mooring.server.auth.InitialAdminPassword;
import io.mooring.server.catalog.ApplicationCatalog;
import io.mooring.server.catalog.ApplicationWriter;
import io.mooring.server.catalog.ProjectCatalog;
import io.mooring.server.metrics.ServerMetrics;
import io.mooring.server.settings.InMemorySettingsStore;
import io.mooring.server.settings.SettingsNames;
import io.mooring.server.webhook.MatchingAppsRefresher;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The API server in process over plain HTTP on loopback, with the given Applications, one
 * permissive {@code default} project and an admin who logs in with the generated password.
 */
final class ApiFixture implements AutoCloseable {
  final HttpClient http = HttpClient.newHttpClient();
  private final InMemorySettingsStore settings = new InMemorySettingsStore();
  private final ApiServer server;

  ApiFixture(ApplicationCatalog catalog, ApplicationWriter writer, Consumer<String> refresh) {
    AppProject defaultProject =
        ModelCodec.readYaml(
            "metadata: {name: default}\nspec: {sourceRepos: ['*'], destinations: [{server: '*',"
                + " namespace: '*'}]}",
            AppProject.class);
    ProjectCatalog projects =
        new ProjectCatalog() {
          @Override
          public Optional<AppProject> get(String name) {
            return Optional.of(defaultProject).filter(p -> p.metadata.name.equals(name));
          }

          @Override
          public List<AppProject> list() {
            return List.of(defaultProject);
          }
        };
    server =
        new ApiServer(
                new ServerDependencies(
                    settings,
                    catalog,
                    writer,
                    projects,
                    new MatchingAppsRefresher(catalog, refresh),
                    Optional::empty,
                    new ServerMetrics(),
                    Clock.systemUTC()),
                ServerOptions.defaults("bench"))
            .start(0, Transport.plain());
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  String loginAdmin() throws Exception {
    String password =
        settings.secret(SettingsNames.INITIAL_ADMIN_SECRET).get(InitialAdminPassword.PASSWORD_KEY);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri("/api/v1/session"))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        ModelCodec.toJson(Map.of("username", "admin", "password", password))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return ModelCodec.jsonMapper().readTree(response.body()).get("token").asText();
  }

  /** The first request to {@code path}, then the median of {@code rounds} more. */
  Figures measure(String path, String token, int rounds) throws Exception {
    double[] millis = new double[rounds];
    double first = 0;
    long bytes = 0;
    int items = 0;
    for (int round = -1; round < rounds; round++) {
      long start = System.nanoTime();
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      double elapsed = (System.nanoTime() - start) / 1e6;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + response.statusCode());
      }
      if (round < 0) {
        first = elapsed;
      } else {
        millis[round] = elapsed;
      }
      bytes = response.body().length;
      items = countItems(response.body());
    }
    return new Figures(first, median(millis), bytes, items);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** The length of the top-level {@code items} array, read by streaming (the list may be huge). */
  private static int countItems(byte[] json) throws IOException {
    try (JsonParser parser = ModelCodec.jsonMapper().getFactory().createParser(json)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (!field.equals("items")) {
          parser.skipChildren();
          continue;
        }
        int items = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          parser.skipChildren();
          items++;
        }
        return items;
      }
      return 0;
    }
  }

  @Override
  public void close() {
    server.stop();
  }

  /** One measured request: the first answer, the median after it, payload bytes, items. */
  record Figures(double firstMillis, double millis, long bytes, int items) {
    void print(String what) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %.1f ms | %.1f ms | %,d bytes | %,d |%n",
          what,
          firstMillis,
          millis,
          bytes,
          items);
    }
  }
}
