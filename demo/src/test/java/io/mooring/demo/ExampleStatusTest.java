package io.mooring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.model.Application;
import io.mooring.model.ApplicationStatus;
import io.mooring.model.HealthStatus;
import io.mooring.model.ObjectMeta;
import io.mooring.model.ResourceStatus;
import io.mooring.model.SyncStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the examples count as settled: the root and every child it manages Synced and Healthy. */
class ExampleStatusTest {
  @Test
  void settledWhenTheRootAndEveryChildItManagesAreSyncedAndHealthy() {
    List<Application> apps =
        List.of(
            app("examples", "Synced", "Healthy", "guestbook", "shop"),
            app("guestbook", "Synced", "Healthy"),
            app("shop", "Synced", "Healthy"));

    assertThat(ExampleStatus.settled("examples", apps))
        .contains(List.of("examples", "guestbook", "shop"));
  }

  @Test
  void notSettledWhileAChildIsProgressing() {
    List<Application> apps =
        List.of(
            app("examples", "Synced", "Healthy", "guestbook"),
            app("guestbook", "Synced", "Progressing"));

    assertThat(ExampleStatus.settled("examples", apps)).isEmpty();
  }

  @Test
  void notSettledWhileAChildTheRootCreatedIsNotSeenYet() {
    List<Application> apps = List.of(app("examples", "Synced", "Healthy", "guestbook"));

    assertThat(ExampleStatus.settled("examples", apps)).isEmpty();
  }

  @Test
  void notSettledBeforeTheRootHasAStatusOrWhileItIsOutOfSync() {
    Application fresh = app("examples", "Synced", "Healthy");
    fresh.status = null;

    assertThat(ExampleStatus.settled("examples", List.of(fresh))).isEmpty();
    assertThat(ExampleStatus.settled("examples", List.of(app("examples", "OutOfSync", "Healthy"))))
        .isEmpty();
    assertThat(ExampleStatus.settled("examples", List.of())).isEmpty();
  }

  private static Application app(String name, String sync, String health, String... children) {
    Application app = new Application();
    app.metadata = new ObjectMeta();
    app.metadata.name = name;
    app.status = new ApplicationStatus();
    app.status.sync = new SyncStatus();
    app.status.sync.status = sync;
    app.status.health = new HealthStatus();
    app.status.health.status = health;
    app.status.resources = new ArrayList<>();
    for (String child : children) {
      ResourceStatus resource = new ResourceStatus();
      resource.group = "argoproj.io";
      resource.kind = "Application";
      resource.name = child;
      app.status.resources.add(resource);
    }
    return app;
  }
}
