package io.mooring.controller.scenario;

import static io.mooring.controller.scenario.Manifests.configMap;
import static io.mooring.controller.scenario.Manifests.deployment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.controller.history.RollbackRequest.RollbackRefused;
import io.mooring.controller.operation.OperationRequests;
import io.mooring.controller.operation.SyncOrder;
import io.mooring.controller.scenario.Manifests.SyncPolicy;
import io.mooring.model.Application;
import io.mooring.testkit.git.RepoChange;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories of manual syncs, history and rollback. */
class RollbackScenarioTest {
  private static final SyncOrder PRUNING_SYNC = SyncOrder.ofEverything().with(SyncOrder.Flag.PRUNE);

  @TempDir Path work;
  private Scenario scenario;

  @BeforeEach
  void start() {
    scenario = Scenario.start(work);
  }

  @AfterEach
  void stop() {
    scenario.close();
  }

  @Test
  void rollingBackToTheFirstDeploymentRestoresItsRevisionInTheCluster() throws Exception {
    scenario.push(
        "v1",
        Map.of("web/db.yaml", deployment("db", 1, 0), "web/settings.yaml", configMap("v1", 0)));
    String v1 = scenario.repo.head("main").name();
    scenario.createApp(Manifests.app(SyncPolicy.MANUAL));
    scenario.request("web", app -> OperationRequests.sync(app, PRUNING_SYNC, "alice"));
    scenario.awaitApp("web", Scenario.operationEnded("Succeeded", 1));
    scenario.push(
        "v2",
        RepoChange.file("web/db.yaml", deployment("db", 3, 0)),
        RepoChange.delete("web/settings.yaml"),
        RepoChange.file("web/settings-v2.yaml", configMap("v2", 0)));
    scenario.request("web", app -> OperationRequests.sync(app, PRUNING_SYNC, "alice"));
    scenario.awaitApp("web", Scenario.operationEnded("Succeeded", 2));
    assertThat(replicasOfDb()).isEqualTo(3);

    scenario.request("web", app -> OperationRequests.rollback(app, 0, "bob"));

    Application app = scenario.awaitApp("web", Scenario.operationEnded("Succeeded", 3));
    assertThat(replicasOfDb()).isEqualTo(1);
    assertThat(scenario.kube.configMaps().inNamespace("shop").withName("v1").get()).isNotNull();
    assertThat(app.status.history.get(2).revision).isEqualTo(v1);
    assertThat(app.status.history.get(2).initiatedBy.username).isEqualTo("bob");
    scenario.awaitApp("web", a -> "OutOfSync".equals(a.status.sync.status));
  }

  @Test
  void rollbackIsRefusedWhileAutomatedSyncIsOn() {
    scenario.push("v1", Map.of("web/db.yaml", deployment("db", 1, 0)));
    scenario.createApp(Manifests.app(SyncPolicy.AUTOMATED));
    Application synced = scenario.awaitApp("web", Scenario::syncedAndHealthy);

    assertThatThrownBy(() -> OperationRequests.rollback(synced, 0, "bob"))
        .isInstanceOf(RollbackRefused.class)
        .hasMessageContaining("auto-sync is enabled");
  }

  private int replicasOfDb() {
    return scenario
        .kube
        .apps()
        .deployments()
        .inNamespace("shop")
        .withName("db")
        .get()
        .getSpec()
        .getReplicas();
  }
}
