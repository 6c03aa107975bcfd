package io.mooring.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.ModelCodec;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PushParserTest {
  private static JsonNode payload(String name) throws IOException {
    return ModelCodec.jsonMapper().readTree(RecordedPayloads.read(name));
  }

  @Test
  void gitHubPushGivesEveryUrlFormTheBranchTheCommitAndTheFiles() throws IOException {
    PushEvent push =
        new GitHubPushParser(WebhookProvider.GITHUB)
            .parse("push", payload("github-push.json"))
            .get(0);
    assertThat(push.repoUrls())
        .containsExactly(
            "https://github.com/example-org/gitops",
            "https://github.com/example-org/gitops.git",
            "git@github.com:example-org/gitops.git",
            "git://github.com/example-org/gitops.git");
    assertThat(push.ref()).isEqualTo("refs/heads/main");
    assertThat(push.revision()).isEqualTo("main");
    assertThat(push.commit()).isEqualTo("0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c");
    assertThat(push.changedFiles())
        .contains(Set.of("apps/frontend/configmap.yaml", "apps/frontend/deployment.yaml"));
    assertThat(push.defaultBranch()).contains("main");
    assertThat(push.touchesHead()).isTrue();
  }

  @Test
  void gitHubPingIsNotAPush() throws IOException {
    assertThat(
            new GitHubPushParser(WebhookProvider.GITHUB).parse("ping", payload("github-push.json")))
        .isEmpty();
  }

  @Test
  void gitLabPushGivesProjectUrlsAndAddedModifiedRemovedFiles() throws IOException {
    PushEvent push = new GitLabPushParser().parse("push hook", payload("gitlab-push.json")).get(0);
    assertThat(push.repoUrls())
        .contains(
            "https://gitlab.example.com/platform/config",
            "git@gitlab.example.com:platform/config.git");
    assertThat(push.revision()).isEqualTo("release-1.4");
    assertThat(push.changedFiles()).contains(Set.of("envs/prod/values.yaml", "envs/prod/old.yaml"));
    assertThat(push.touchesHead()).isFalse();
  }

  @Test
  void gitLabPushWithMoreCommitsThanListedHasUnknownFiles() throws IOException {
    JsonNode payload = payload("gitlab-push.json");
    ((com.fasterxml.jackson.databind.node.ObjectNode) payload).put("total_commits_count", 42);
    assertThat(new GitLabPushParser().parse("push hook", payload).get(0).changedFiles()).isEmpty();
  }

  @Test
  void bitbucketCloudPushGivesOneEventPerUpdatedBranchWithDerivedCloneUrls() throws IOException {
    List<PushEvent> pushes =
        new BitbucketCloudPushParser().parse("repo:push", payload("bitbucket-cloud-push.json"));
    assertThat(pushes).hasSize(1);
    PushEvent push = pushes.get(0);
    assertThat(push.repoUrls())
        .containsExactly(
            "https://bitbucket.org/example-team/deployments",
            "https://bitbucket.org/example-team/deployments.git",
            "git@bitbucket.org:example-team/deployments.git");
    assertThat(push.ref()).isEqualTo("refs/heads/main");
    assertThat(push.commit()).isEqualTo("f8a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3");
    assertThat(push.changedFiles()).isEqualTo(Optional.empty());
  }

  @Test
  void bitbucketServerRefsChangedGivesCloneLinksAndTheTag() throws IOException {
    PushEvent push =
        new BitbucketServerPushParser()
            .parse("repo:refs_changed", payload("bitbucket-server-refs-changed.json"))
            .get(0);
    assertThat(push.repoUrls())
        .containsExactly(
            "ssh://git@bitbucket.example.com:7999/ops/infra.git",
            "https://bitbucket.example.com/scm/ops/infra.git");
    assertThat(push.isTag()).isTrue();
    assertThat(push.revision()).isEqualTo("v2.0.0");
    assertThat(push.commit()).isEqualTo("178864a7d521b6f5e720b386b2c2b0ef8563e0dc");
  }

  @Test
  void giteaAndGogsPushesReadLikeGitHubs() throws IOException {
    PushEvent gitea =
        new GitHubPushParser(WebhookProvider.GITEA)
            .parse("push", payload("gitea-push.json"))
            .get(0);
    assertThat(gitea.repoUrls()).contains("git@gitea.example.com:ops/cluster-config.git");
    assertThat(gitea.changedFiles()).contains(Set.of("monitoring/prometheus.yaml"));
    PushEvent gogs =
        new GitHubPushParser(WebhookProvider.GOGS).parse("push", payload("gogs-push.json")).get(0);
    assertThat(gogs.repoUrls()).contains("https://gogs.example.com/ops/cluster-config.git");
  }
}
