package io.mooring.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.model.Application;
import io.mooring.server.Fixtures;
import io.mooring.server.catalog.ApplicationCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchingAppsRefresherTest {
  private static final String REPO = "https://git.example.com/shop.git";

  @Test
  void aPushRefreshesOnlyTheAppsTrackingThePushedBranchOfThatRepository() {
    Application onMain = app("on-main", REPO, "main");
    Application onRelease = app("on-release", REPO, "release");
    Application otherRepo = app("other-repo", "https://git.example.com/other.git", "main");
    List<String> refreshed = new ArrayList<>();
    MatchingAppsRefresher refresher =
        new MatchingAppsRefresher(catalog(List.of(onMain, onRelease, otherRepo)), refreshed::add);

    refresher.onPush(
        new PushEvent(
            WebhookProvider.GITHUB,
            List.of("https://git.example.com/Shop", "git@git.example.com:shop.git"),
            "refs/heads/main",
            "abc123",
            Optional.of(Set.of("web/deployment.yaml")),
            Optional.of("main")));

    assertThat(refreshed).containsExactly("on-main");
  }

  private static Application app(String name, String repo, String revision) {
    Application app = Fixtures.app(name, "default", repo, "web");
    app.spec.source.targetRevision = revision;
    return app;
  }

  private static ApplicationCatalog catalog(List<Application> apps) {
    return new ApplicationCatalog() {
      @Override
      public Optional<Application> get(String name) {
        return apps.stream().filter(a -> a.metadata.name.equals(name)).findFirst();
      }

      @Override
      public List<Application> list() {
        return apps;
      }
    };
  }
}
