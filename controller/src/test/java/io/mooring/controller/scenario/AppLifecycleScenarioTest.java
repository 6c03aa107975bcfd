package io.mooring.controller.scenario;

import static io.mooring.controller.scenario.Manifests.configMap;
import static io.mooring.controller.scenario.Manifests.deployment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import io.mooring.controller.scenario.Manifests.SyncPolicy;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories of an Application's life around its syncs: the audit trail, and deletion. */
class AppLifecycleScenarioTest {
  @TempDir Path work;
  private Scenario scenario;

  @BeforeEach
  void start() {
    scenario = Scenario.start(work);
    scenario.push(
        "v1",
        Map.of(
            "web/db.yaml", deployment("db", 1, 0), "web/settings.yaml", configMap("settings", 0)));
  }

  @AfterEach
  void stop() {
    scenario.close();
  }

  @Test
  void aSyncIsRecordedAsEventsOnTheApplication() {
    scenario.createApp(Manifests.app(SyncPolicy.AUTOMATED));
    scenario.awaitApp("web", Scenario::syncedAndHealthy);

    await()
        .atMost(Scenario.PATIENCE)
        .untilAsserted(
            () ->
                assertThat(scenario.eventsOn("web"))
                    .extracting(Event::getReason)
                    .containsExactly(
                        "OperationStarted",
                        "ResourceUpdated",
                        "ResourceUpdated",
                        "OperationCompleted"));
    assertThat(scenario.eventsOn("web").get(0).getMessage())
        .isEqualTo("Automated sync started syncing to " + scenario.repo.head("main").name());
    assertThat(scenario.resourceUpdates("web"))
        .containsExactlyInAnyOrder(
            "Updated ConfigMap shop/settings: created", "Updated Deployment shop/db: created");
  }

  @Test
  void deletingAnAppWithTheResourcesFinalizerDeletesItsResourcesFirst() {
    scenario.createApp(Manifests.app(SyncPolicy.AUTOMATED_WITH_FINALIZER));
    scenario.awaitApp("web", Scenario::syncedAndHealthy);

    scenario.apps.delete("web");

    await().atMost(Scenario.PATIENCE).until(() -> scenario.apps.get("web").isEmpty());
    assertThat(scenario.kube.apps().deployments().inNamespace("shop").withName("db").get())
        .isNull();
    assertThat(scenario.kube.configMaps().inNamespace("shop").withName("settings").get()).isNull();
    assertThat(scenario.kube.apps().replicaSets().inNamespace("shop").list().getItems()).isEmpty();
  }
}
