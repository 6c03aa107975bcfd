package io.mooring.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.server.ServerOptions;
import io.mooring.server.TestServer;
import io.mooring.server.settings.SettingsNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookApiTest {
  private static final String SECRET = "webhook-secret";
  private TestServer server;

  @AfterEach
  void stop() {
    server.close();
  }

  private TestServer startWithSecrets(ServerOptions options) {
    return TestServer.start(
        s ->
            s.settings.updateSecret(
                SettingsNames.ARGOCD_SECRET,
                Map.of(
                    "webhook.github.secret", SECRET,
                    "webhook.gitlab.secret", SECRET,
                    "webhook.gogs.secret", SECRET,
                    "webhook.bitbucketserver.secret", SECRET,
                    "webhook.bitbucket.uuid", "{hook-uuid}")),
        options);
  }

  private HttpResponse<String> deliver(byte[] body, String... headers) {
    return server.send(
        HttpRequest.newBuilder(server.uri("/api/webhook"))
            .headers(headers)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  @Test
  void aSignedGitHubPushIsDispatchedWithoutAToken() {
    server = startWithSecrets(ServerOptions.defaults("test"));
    byte[] body = payload("github-push.json");
    HttpResponse<String> response =
        deliver(body, "X-GitHub-Event", "push", "X-Hub-Signature-256", "sha256=" + hmac(body));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(server.pushes)
        .singleElement()
        .satisfies(push -> assertThat(push.revision()).isEqualTo("main"));
  }

  @Test
  void aBadGitHubSignatureIs401AndDispatchesNothing() {
    server = startWithSecrets(ServerOptions.defaults("test"));
    HttpResponse<String> response =
        deliver(
            payload("github-push.json"),
            "X-GitHub-Event",
            "push",
            "X-Hub-Signature-256",
            "sha256=" + "0".repeat(64));
    ApiSkeletonTest.assertErrorShape(response, 401, 16);
    assertThat(TestServer.json(response).get("message").asText()).contains("webhook.github.secret");
    assertThat(server.pushes).isEmpty();
  }

  @Test
  void eachProviderIsVerifiedWithItsOwnSecret() {
    server = startWithSecrets(ServerOptions.defaults("test"));
    assertThat(
            deliver(
                    payload("gitlab-push.json"),
                    "X-Gitlab-Event",
                    "Push Hook",
                    "X-Gitlab-Token",
                    SECRET)
                .statusCode())
        .isEqualTo(200);
    assertThat(
            deliver(
                    payload("gitlab-push.json"),
                    "X-Gitlab-Event",
                    "Push Hook",
                    "X-Gitlab-Token",
                    "guess")
                .statusCode())
        .isEqualTo(401);
    byte[] gitea = payload("gitea-push.json");
    assertThat(
            deliver(
                    gitea,
                    "X-Gitea-Event",
                    "push",
                    "X-Gogs-Event",
                    "push",
                    "X-Gitea-Signature",
                    hmac(gitea))
                .statusCode())
        .isEqualTo(200);
    byte[] gogs = payload("gogs-push.json");
    assertThat(deliver(gogs, "X-Gogs-Event", "push", "X-Gogs-Signature", hmac(gogs)).statusCode())
        .isEqualTo(200);
    byte[] bitbucketServer = payload("bitbucket-server-refs-changed.json");
    assertThat(
            deliver(
                    bitbucketServer,
                    "X-Event-Key",
                    "repo:refs_changed",
                    "X-Hub-Signature",
                    "sha256=" + hmac(bitbucketServer))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            deliver(
                    payload("bitbucket-cloud-push.json"),
                    "X-Event-Key",
                    "repo:push",
                    "X-Hook-UUID",
                    "{hook-uuid}")
                .statusCode())
        .isEqualTo(200);
    assertThat(server.pushes)
        .extracting(push -> push.provider().label())
        .containsExactly("gitlab", "gitea", "gogs", "bitbucketserver", "bitbucket");
  }

  @Test
  void aPayloadOverTheLimitIs413() {
    server = startWithSecrets(ServerOptions.defaults("test").withWebhookMaxPayloadBytes(1024));
    byte[] body = payload("github-push.json");
    HttpResponse<String> response =
        deliver(body, "X-GitHub-Event", "push", "X-Hub-Signature-256", "sha256=" + hmac(body));
    ApiSkeletonTest.assertErrorShape(response, 413, 8);
    assertThat(server.pushes).isEmpty();
  }

  @Test
  void aDeliveryFromAnUnknownSenderIs400() {
    server = startWithSecrets(ServerOptions.defaults("test"));
    ApiSkeletonTest.assertErrorShape(
        deliver("{}".getBytes(StandardCharsets.UTF_8), "X-Other", "x"), 400, 3);
  }

  @Test
  void deliveriesAreCountedByProviderInMetrics() {
    server = startWithSecrets(ServerOptions.defaults("test"));
    deliver(payload("gitlab-push.json"), "X-Gitlab-Event", "Push Hook", "X-Gitlab-Token", SECRET);
    String metrics = server.get("/metrics", server.loginAdmin()).body();
    assertThat(metrics).contains("argocd_webhook_requests_total{event_type=\"gitlab\"} 1.0");
  }

  private static byte[] payload(String name) {
    try (InputStream in = WebhookApiTest.class.getResourceAsStream("/webhook/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String hmac(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
