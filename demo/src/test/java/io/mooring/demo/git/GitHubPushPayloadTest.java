package io.mooring.demo.git;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.server.webhook.GitHubPushParser;
import io.mooring.server.webhook.GitHubVerifier;
import io.mooring.server.webhook.PushEvent;
import io.mooring.server.webhook.PushMatcher;
import io.mooring.server.webhook.WebhookProvider;
import io.mooring.server.webhook.WebhookRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo's push events, read by the server's own GitHub verifier, parser and push matcher. */
class GitHubPushPayloadTest {
  private static final String URL = "http://127.0.0.1:43111/examples.git";
  private static final String ZEROS = "0".repeat(40);
  private static final String OLD = "1".repeat(40);
  private static final String NEW = "2".repeat(40);

  private final GitHubPushPayload payload =
      new GitHubPushPayload(
          URL,
          "examples",
          "main",
          "refs/heads/main",
          OLD,
          NEW,
          List.of(
              commit("a".repeat(40), List.of("guestbook/new.yaml"), List.of(), List.of()),
              commit(
                  NEW,
                  List.of(),
                  List.of("guestbook/deployment.yaml"),
                  List.of("guestbook/motd.yaml"))));

  @Test
  void theServerParsesThePushWithItsRepositoryRevisionAndChangedFiles() throws Exception {
    List<PushEvent> events =
        new GitHubPushParser(WebhookProvider.GITHUB)
            .parse("push", ModelCodec.jsonMapper().readTree(payload.toJson()));

    assertThat(events).hasSize(1);
    PushEvent event = events.get(0);
    assertThat(event.repoUrls()).contains(URL);
    assertThat(event.ref()).isEqualTo("refs/heads/main");
    assertThat(event.commit()).isEqualTo(NEW);
    assertThat(event.defaultBranch()).contains("main");
    assertThat(event.changedFiles())
        .contains(Set.of("guestbook/new.yaml", "guestbook/deployment.yaml", "guestbook/motd.yaml"));
  }

  @Test
  void thePushMatchesTheAppsThatTrackTheBranchOfThatRepository() throws Exception {
    PushEvent event =
        new GitHubPushParser(WebhookProvider.GITHUB)
            .parse("push", ModelCodec.jsonMapper().readTree(payload.toJson()))
            .get(0);

    List<Application> matched =
        PushMatcher.matching(
            event, List.of(app("guestbook", URL, "main"), app("elsewhere", URL, "release")));

    assertThat(matched).extracting(a -> a.metadata.name).containsExactly("guestbook");
  }

  @Test
  void aNewBranchIsMarkedCreated() throws Exception {
    GitHubPushPayload created =
        new GitHubPushPayload(URL, "examples", "main", "refs/heads/topic", ZEROS, NEW, List.of());

    var json = ModelCodec.jsonMapper().readTree(created.toJson());

    assertThat(json.get("created").asBoolean()).isTrue();
    assertThat(json.get("deleted").asBoolean()).isFalse();
    assertThat(json.get("head_commit").isNull()).isTrue();
  }

  @Test
  void theSignatureIsAcceptedByTheServersVerifierWithTheSameSecretOnly() {
    byte[] body = payload.toJson();
    WebhookRequest signed =
        new WebhookRequest(
            Map.of(
                "X-GitHub-Event", "push", "X-Hub-Signature-256", HubSignature.of("s3cret", body)),
            body);

    assertThat(new GitHubVerifier().verify(signed, "s3cret")).isTrue();
    assertThat(new GitHubVerifier().verify(signed, "another")).isFalse();
  }

  private static PushedCommit commit(
      String id, List<String> added, List<String> modified, List<String> removed) {
    return new PushedCommit(
        id,
        "a change",
        Instant.parse("2024-05-01T10:00:00Z"),
        "Ann",
        "ann@example.com",
        added,
        modified,
        removed);
  }

  private static Application app(String name, String repo, String revision) {
    return ModelCodec.readYaml(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata: {name: %s, namespace: argocd}
        spec:
          project: default
          source: {repoURL: "%s", targetRevision: %s, path: guestbook}
          destination: {server: "https://kubernetes.default.svc", namespace: default}
        """
            .formatted(name, repo, revision),
        Application.class);
  }
}
