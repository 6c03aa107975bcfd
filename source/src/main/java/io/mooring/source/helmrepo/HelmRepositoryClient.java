package io.mooring.source.helmrepo;

import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import io.mooring.source.credentials.Redactor;
import io.mooring.source.credentials.RepoCredentials;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Downloads from a Helm repository over HTTP(S): basic authentication with the repository's user
 * name and password (sent only to the repository's own host, as Helm does by default), TLS
 * verification skipped only for repositories marked insecure, a size cap on every body. Errors name
 * the URL without credentials.
 */
final class HelmRepositoryClient {
  private final Duration timeout;
  private final HttpClient verifying;
  private final HttpClient insecure;

  HelmRepositoryClient(Duration timeout) {
    this.timeout = timeout;
    this.verifying = builder(timeout).build();
    this.insecure = builder(timeout).sslContext(trustAll()).build();
  }

  private static HttpClient.Builder builder(Duration timeout) {
    return HttpClient.newBuilder()
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NORMAL);
  }

  /** The body of {@code url}, refusing more than {@code maxBytes}. */
  byte[] get(URI url, RepoCredentials credentials, long maxBytes) throws SourceException {
    String shown = Redactor.url(url.toString());
    HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout).GET();
    if (credentials.password() != null && sameHost(url, URI.create(credentials.url()))) {
      String user = Objects.requireNonNullElse(credentials.username(), "");
      String token = user + ":" + credentials.password();
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }
    HttpClient client = credentials.insecure() ? insecure : verifying;
    try {
      HttpResponse<InputStream> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw new SourceException(
              Reason.REPO_UNREACHABLE,
              "GET " + shown + " answered HTTP " + response.statusCode() + hint(response));
        }
        return readCapped(body, maxBytes, shown);
      }
    } catch (IOException e) {
      throw new SourceException(
          Reason.REPO_UNREACHABLE,
          "GET "
              + shown
              + " failed: "
              + Redactor.text(String.valueOf(e.getMessage()), credentials.secretValues()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourceException(Reason.REPO_UNREACHABLE, "GET " + shown + " was interrupted");
    }
  }

  private static String hint(HttpResponse<?> response) {
    return switch (response.statusCode()) {
      case 401, 403 -> " (check the repository's credentials)";
      case 404 -> " (not found)";
      default -> "";
    };
  }

  private static byte[] readCapped(InputStream body, long maxBytes, String shown)
      throws IOException, SourceException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[16384];
    int read;
    while ((read = body.read(chunk)) >= 0) {
      if (buffer.size() + (long) read > maxBytes) {
        throw new SourceException(
            Reason.TOO_LARGE, shown + " is larger than the limit of " + maxBytes + " bytes");
      }
      buffer.write(chunk, 0, read);
    }
    return buffer.toByteArray();
  }

  private static boolean sameHost(URI target, URI repository) {
    return Objects.equals(target.getScheme(), repository.getScheme())
        && Objects.equals(target.getHost(), repository.getHost())
        && target.getPort() == repository.getPort();
  }

  private static SSLContext trustAll() {
    TrustManager acceptEverything =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // insecure repositories only
          }

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // insecure repositories only
          }

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {acceptEverything}, new SecureRandom());
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no TLS support in this JVM", e);
    }
  }
}
