package io.mooring.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** The running demo's REST API, as a client sees it: log in, read Applications and metrics. */
final class DemoApi {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;
  private final String token;

  private DemoApi(String baseUrl, String token) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  /** Logs in to the demo at {@code baseUrl} as {@code username}. */
  static DemoApi login(String baseUrl, String username, String password) {
    DemoApi anonymous = new DemoApi(baseUrl, null);
    HttpResponse<String> session =
        anonymous.send(
            "POST", "/api/v1/session", json(Map.of("username", username, "password", password)));
    if (session.statusCode() != 200) {
      throw new AssertionError("login as " + username + " failed: " + session.body());
    }
    return new DemoApi(baseUrl, parse(session.body()).get("token").asText());
  }

  /** GET {@code path} as JSON; fails on a status other than 200. */
  JsonNode get(String path) {
    HttpResponse<String> response = send("GET", path, null);
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "GET " + path + ": " + response.statusCode() + " " + response.body());
    }
    return parse(response.body());
  }

  /** The raw response of {@code method path} with an optional JSON body. */
  HttpResponse<String> send(String method, String path, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The value of the counter line {@code series} in {@code /metrics}; 0 when absent. */
  double metric(String series) {
    HttpResponse<String> response = send("GET", "/metrics", null);
    return response
        .body()
        .lines()
        .filter(line -> line.startsWith(series + " "))
        .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim()))
        .findFirst()
        .orElse(0.0);
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }
}
