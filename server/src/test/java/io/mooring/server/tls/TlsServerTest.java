package io.mooring.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.server.ApiServer;
import io.mooring.server.ServerOptions;
import io.mooring.server.TestServer;
import io.mooring.server.Transport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

class TlsServerTest {
  @Test
  void withoutACertificateTheServerServesHttpsWithAGeneratedSelfSignedOne() throws Exception {
    TlsMaterial material =
        SelfSignedCertificate.generate(List.of("mooring.local"), Clock.systemUTC());
    TestServer fixture = TestServer.start(s -> {});
    try (ApiServer server =
        new ApiServer(fixture.dependencies(), ServerOptions.defaults("tls-test"))
            .start(0, Transport.tls(material))) {
      URI version = URI.create("https://localhost:" + server.port() + "/api/version");
      HttpClient trusting = HttpClient.newBuilder().sslContext(trusting(material)).build();
      HttpResponse<String> response =
          trusting.send(
              HttpRequest.newBuilder(version).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("tls-test");

      HttpClient defaultTrust = HttpClient.newHttpClient();
      assertThatThrownBy(
              () ->
                  defaultTrust.send(
                      HttpRequest.newBuilder(version).build(),
                      HttpResponse.BodyHandlers.ofString()))
          .isInstanceOf(SSLHandshakeException.class);
    } finally {
      fixture.close();
    }
  }

  private static SSLContext trusting(TlsMaterial material) throws Exception {
    Certificate certificate = material.keyStore().getCertificate(material.alias());
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("server", certificate);
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }
}
