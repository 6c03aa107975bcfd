package io.mooring.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {
  private static final String SECRET = "s3cret";
  private static final byte[] BODY = RecordedPayloads.read("github-push.json");

  private static WebhookRequest request(Map<String, String> headers) {
    return new WebhookRequest(headers, BODY);
  }

  @Test
  void gitHubAcceptsTheHmacSha256OfTheBody() {
    String signature = "sha256=" + Hmac.sha256Hex(SECRET, BODY);
    assertThat(
            new GitHubVerifier().verify(request(Map.of("X-Hub-Signature-256", signature)), SECRET))
        .isTrue();
  }

  @Test
  void gitHubRejectsAWrongOrMissingSignature() {
    String wrong = "sha256=" + Hmac.sha256Hex("other", BODY);
    assertThat(new GitHubVerifier().verify(request(Map.of("X-Hub-Signature-256", wrong)), SECRET))
        .isFalse();
    assertThat(new GitHubVerifier().verify(request(Map.of()), SECRET)).isFalse();
  }

  @Test
  void gitLabComparesTheToken() {
    assertThat(new GitLabVerifier().verify(request(Map.of("X-Gitlab-Token", SECRET)), SECRET))
        .isTrue();
    assertThat(new GitLabVerifier().verify(request(Map.of("X-Gitlab-Token", "guess")), SECRET))
        .isFalse();
  }

  @Test
  void bitbucketCloudComparesTheHookUuid() {
    String uuid = "{2e6c8a5c-5a0d-4b8c-9d1e-0f1e2d3c4b5a}";
    assertThat(new BitbucketCloudVerifier().verify(request(Map.of("X-Hook-UUID", uuid)), uuid))
        .isTrue();
    assertThat(new BitbucketCloudVerifier().verify(request(Map.of("X-Hook-UUID", "{other}")), uuid))
        .isFalse();
  }

  @Test
  void bitbucketServerAcceptsTheHmacSha256InXHubSignature() {
    String signature = "sha256=" + Hmac.sha256Hex(SECRET, BODY);
    assertThat(
            new BitbucketServerVerifier()
                .verify(request(Map.of("X-Hub-Signature", signature)), SECRET))
        .isTrue();
    assertThat(
            new BitbucketServerVerifier()
                .verify(request(Map.of("X-Hub-Signature", "sha256=00")), SECRET))
        .isFalse();
  }

  @Test
  void gogsAndGiteaAcceptTheBareHexHmacInTheirOwnHeader() {
    String signature = Hmac.sha256Hex(SECRET, BODY);
    assertThat(GogsVerifier.gogs().verify(request(Map.of("X-Gogs-Signature", signature)), SECRET))
        .isTrue();
    assertThat(GogsVerifier.gitea().verify(request(Map.of("X-Gitea-Signature", signature)), SECRET))
        .isTrue();
    assertThat(GogsVerifier.gitea().verify(request(Map.of("X-Gogs-Signature", signature)), SECRET))
        .isFalse();
  }

  @Test
  void withoutAConfiguredSecretDeliveriesAreAcceptedAsArgoCdDoes() {
    assertThat(new GitHubVerifier().accepts(request(Map.of()), new WebhookSecrets(Map.of())))
        .isTrue();
    assertThat(
            new GitHubVerifier()
                .accepts(
                    request(Map.of()), new WebhookSecrets(Map.of("webhook.github.secret", SECRET))))
        .isFalse();
  }
}
