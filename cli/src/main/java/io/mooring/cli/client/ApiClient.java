package io.mooring.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mooring.model.ModelCodec;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A blocking JSON client of the Mooring API for one context: bearer token, Argo CD's error bodies
 * ({@code {"message": ...}}) turned into {@link ClientException}s.
 */
public final class ApiClient {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
  private final ContextEntry context;
  private final HttpClient http;

  private ApiClient(ContextEntry context, HttpClient http) {
    this.context = context;
    this.http = http;
  }

  /** A client for {@code context}, sending its token if it has one. */
  public static ApiClient forContext(ContextEntry context) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER);
    if (context.transport() == ContextEntry.Transport.https_insecure) {
      builder.sslContext(trustingEveryCertificate());
    }
    return new ApiClient(context, builder.build());
  }

  /** {@code GET path}: the JSON body. */
  public JsonNode get(String path) {
    return send("GET", path, null);
  }

  /** {@code GET path} bound to {@code type}. */
  public <T> T get(String path, Class<T> type) {
    return bind(get(path), type);
  }

  /** Sends {@code body} (serialised as JSON, or none when null) and returns the JSON answer. */
  public JsonNode send(String method, String path, Object body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(context.baseUrl() + path))
            .timeout(REQUEST_TIMEOUT)
            .header("Accept", "application/json")
            .method(method, publisher(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (context.token() != null) {
      request.header("Authorization", "Bearer " + context.token());
    }
    HttpResponse<String> response = exchange(request.build());
    if (response.statusCode() / 100 != 2) {
      throw failure(response);
    }
    return readTree(response.body());
  }

  /** Binds a JSON tree to a model type. */
  public static <T> T bind(JsonNode node, Class<T> type) {
    try {
      return mapper().treeToValue(node, type);
    } catch (IOException e) {
      throw ClientException.apiError(0, "unexpected answer from the server: " + e.getMessage());
    }
  }

  /** {@code path?k=v&...} with the non-empty values URL-encoded, in the map's order. */
  public static String withQuery(String path, Map<String, String> query) {
    String encoded =
        query.entrySet().stream()
            .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
            .map(e -> e.getKey() + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return encoded.isEmpty() ? path : path + "?" + encoded;
  }

  /** One path segment, URL-encoded. */
  public static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private HttpResponse<String> exchange(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw ClientException.unreachable(context.baseUrl(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ClientException.unreachable(context.baseUrl(), e);
    }
  }

  private ClientException failure(HttpResponse<String> response) {
    String message = serverMessage(response.body()).orElse("HTTP " + response.statusCode());
    if (response.statusCode() == 401) {
      return context.token() == null
          ? ClientException.apiError(401, message)
          : ClientException.unauthenticated(context.server(), message);
    }
    return ClientException.apiError(response.statusCode(), message);
  }

  private static Optional<String> serverMessage(String body) {
    try {
      JsonNode node = mapper().readTree(body);
      String message = node.path("message").asText("");
      return message.isBlank() ? Optional.empty() : Optional.of(message);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static JsonNode readTree(String body) {
    if (body == null || body.isBlank()) {
      return mapper().createObjectNode();
    }
    try {
      return mapper().readTree(body);
    } catch (IOException e) {
      throw ClientException.apiError(0, "the server did not answer with JSON: " + e.getMessage());
    }
  }

  private static HttpRequest.BodyPublisher publisher(Object body) {
    return body == null
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(ModelCodec.toJson(body));
  }

  private static ObjectMapper mapper() {
    return ModelCodec.jsonMapper();
  }

  private static SSLContext trustingEveryCertificate() {
    TrustManager trustAll =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    try {
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(null, new TrustManager[] {trustAll}, new SecureRandom());
      System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
      return ssl;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot set up TLS for --insecure: " + e.getMessage(), e);
    }
  }
}
