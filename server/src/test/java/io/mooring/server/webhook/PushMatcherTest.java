package io.mooring.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.model.Application;
import io.mooring.model.ApplicationSource;
import io.mooring.server.Fixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PushMatcherTest {
  private static final String REPO = "https://github.com/example-org/gitops.git";

  private static PushEvent push(String ref, Set<String> files) {
    return new PushEvent(
        WebhookProvider.GITHUB,
        List.of("https://github.com/example-org/gitops", "git@github.com:example-org/gitops.git"),
        ref,
        "0d1a26e",
        Optional.ofNullable(files),
        Optional.of("main"));
  }

  private static Application app(String name, String repoUrl, String path, String revision) {
    Application app = Fixtures.app(name, "default", repoUrl, path);
    app.spec.source.targetRevision = revision;
    return app;
  }

  private static Application withPaths(Application app, String paths) {
    app.metadata.annotations = new HashMap<>();
    app.metadata.annotations.put("argocd.argoproj.io/manifest-generate-paths", paths);
    return app;
  }

  private static List<String> names(List<Application> apps) {
    return apps.stream().map(a -> a.metadata.name).toList();
  }

  @Test
  void repoUrlsMatchAcrossCaseGitSuffixAndSshOrHttpsForms() {
    List<Application> apps =
        List.of(
            app("https", "https://github.com/example-org/gitops.git", "a", "main"),
            app("no-suffix", "https://GitHub.com/Example-Org/GitOps", "a", "main"),
            app("scp-ssh", "git@github.com:example-org/gitops.git", "a", "main"),
            app("other-repo", "https://github.com/example-org/other.git", "a", "main"));
    assertThat(names(PushMatcher.matching(push("refs/heads/main", null), apps)))
        .containsExactly("https", "no-suffix", "scp-ssh");
  }

  @Test
  void targetRevisionMustBeThePushedBranch() {
    List<Application> apps =
        List.of(
            app("main", REPO, "a", "main"),
            app("full-ref", REPO, "a", "refs/heads/main"),
            app("release", REPO, "a", "release-1.4"),
            app("pinned-sha", REPO, "a", "6113728f27ae82c7b1a177c8d03f9e96e0adf246"));
    assertThat(names(PushMatcher.matching(push("refs/heads/main", null), apps)))
        .containsExactly("main", "full-ref");
  }

  @Test
  void headOrEmptyTargetRevisionFollowsTheDefaultBranchOnly() {
    List<Application> apps = List.of(app("head", REPO, "a", "HEAD"), app("empty", REPO, "a", null));
    assertThat(names(PushMatcher.matching(push("refs/heads/main", null), apps)))
        .containsExactly("head", "empty");
    assertThat(PushMatcher.matching(push("refs/heads/feature", null), apps)).isEmpty();
  }

  @Test
  void headMatchesWhenThePayloadDoesNotNameTheDefaultBranch() {
    PushEvent bitbucket =
        new PushEvent(
            WebhookProvider.BITBUCKET_CLOUD,
            List.of(REPO),
            "refs/heads/anything",
            "",
            Optional.empty(),
            Optional.empty());
    assertThat(PushMatcher.matching(bitbucket, List.of(app("head", REPO, "a", "HEAD")))).hasSize(1);
  }

  @Test
  void tagPushesMatchAppsTrackingThatTag() {
    List<Application> apps =
        List.of(
            app("tag", REPO, "a", "v1.2.0"),
            app("tag-ref", REPO, "a", "refs/tags/v1.2.0"),
            app("head", REPO, "a", "HEAD"));
    assertThat(names(PushMatcher.matching(push("refs/tags/v1.2.0", null), apps)))
        .containsExactly("tag", "tag-ref");
  }

  @Test
  void manifestGeneratePathsRelativeToTheSourcePathKeepOnlyTouchedApps() {
    List<Application> apps =
        List.of(
            withPaths(app("frontend", REPO, "apps/frontend", "main"), "."),
            withPaths(app("backend", REPO, "apps/backend", "main"), "."));
    assertThat(
            names(
                PushMatcher.matching(
                    push("refs/heads/main", Set.of("apps/frontend/deployment.yaml")), apps)))
        .containsExactly("frontend");
  }

  @Test
  void manifestGeneratePathsMayClimbToASharedDirectory() {
    Application app = withPaths(app("frontend", REPO, "apps/frontend", "main"), ".;../../shared");
    assertThat(
            PushMatcher.matching(
                push("refs/heads/main", Set.of("shared/base/kustomization.yaml")), List.of(app)))
        .hasSize(1);
    assertThat(
            PushMatcher.matching(push("refs/heads/main", Set.of("docs/readme.md")), List.of(app)))
        .isEmpty();
  }

  @Test
  void absoluteManifestGeneratePathsStartAtTheRepositoryRoot() {
    Application app = withPaths(app("frontend", REPO, "apps/frontend", "main"), "/charts/common");
    assertThat(
            PushMatcher.matching(
                push("refs/heads/main", Set.of("charts/common/values.yaml")), List.of(app)))
        .hasSize(1);
    assertThat(
            PushMatcher.matching(
                push("refs/heads/main", Set.of("apps/frontend/x.yaml")), List.of(app)))
        .isEmpty();
  }

  @Test
  void globManifestGeneratePathsMatchFilesOrTheirDirectories() {
    Application app =
        withPaths(
            app("frontend", REPO, "apps/frontend", "main"), "/envs/*/frontend.yaml;/images/*");
    assertThat(
            PushMatcher.matching(
                push("refs/heads/main", Set.of("envs/prod/frontend.yaml")), List.of(app)))
        .hasSize(1);
    assertThat(
            PushMatcher.matching(
                push("refs/heads/main", Set.of("images/frontend/tag.txt")), List.of(app)))
        .hasSize(1);
    assertThat(
            PushMatcher.matching(
                push("refs/heads/main", Set.of("envs/prod/backend.yaml")), List.of(app)))
        .isEmpty();
  }

  @Test
  void withoutAFileListAppsWithManifestGeneratePathsAreStillRefreshed() {
    Application app = withPaths(app("frontend", REPO, "apps/frontend", "main"), ".");
    assertThat(PushMatcher.matching(push("refs/heads/main", null), List.of(app))).hasSize(1);
  }

  @Test
  void multiSourceAppsMatchWhenAnySourceMatches() {
    Application app = app("multi", "https://github.com/example-org/charts.git", "chart", "main");
    ApplicationSource values = new ApplicationSource();
    values.repoURL = REPO;
    values.targetRevision = "main";
    values.ref = "values";
    app.spec.sources = List.of(app.spec.source, values);
    app.spec.source = null;
    assertThat(PushMatcher.matching(push("refs/heads/main", null), List.of(app))).hasSize(1);
  }
}
