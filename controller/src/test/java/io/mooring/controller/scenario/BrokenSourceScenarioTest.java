package io.mooring.controller.scenario;

import static io.mooring.controller.scenario.Manifests.configMap;
import static io.mooring.controller.scenario.Manifests.deployment;
import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.controller.ports.ManifestSource.Refresh;
import io.mooring.controller.scenario.Manifests.SyncPolicy;
import io.mooring.model.Application;
import io.mooring.model.ApplicationCondition;
import io.mooring.testkit.git.RepoChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories of a source that cannot be rendered: the cluster is left alone and the app says why. */
class BrokenSourceScenarioTest {
  @TempDir Path work;
  private Scenario scenario;

  @BeforeEach
  void startWithASyncedApp() {
    scenario = Scenario.start(work);
    scenario.push(
        "v1",
        Map.of(
            "web/db.yaml", deployment("db", 1, 0), "web/settings.yaml", configMap("settings", 0)));
    scenario.createApp(Manifests.app(SyncPolicy.AUTOMATED));
    scenario.awaitApp("web", Scenario::syncedAndHealthy);
  }

  @AfterEach
  void stop() {
    scenario.close();
  }

  @Test
  void anUnreachableRepositoryKeepsTheLastKnownStateAndPrunesNothing() throws Exception {
    Files.move(scenario.repo.directory(), work.resolve("repo-moved"));

    scenario.controller().refresh("web", Refresh.HARD);

    Application app = scenario.awaitApp("web", hasCondition("ComparisonError"));
    assertThat(app.status.resources)
        .extracting(r -> r.kind + "/" + r.name)
        .containsExactlyInAnyOrder("Deployment/db", "ConfigMap/settings");
    assertThat(app.status.health.status).isEqualTo("Healthy");
    assertThat(app.status.sync.status).isEqualTo("Unknown");
    assertThat(scenario.kube.configMaps().inNamespace("shop").withName("settings").get())
        .isNotNull();
    assertThat(scenario.kube.apps().deployments().inNamespace("shop").withName("db").get())
        .isNotNull();
  }

  @Test
  void aBrokenManifestIsReportedAndNothingIsAppliedOrPruned() {
    scenario.push(
        "scale up, drop settings, and break a file",
        RepoChange.file("web/db.yaml", deployment("db", 4, 0)),
        RepoChange.delete("web/settings.yaml"),
        RepoChange.file("web/broken.yaml", "apiVersion: v1\nmetadata: {name: no-kind}\n"));

    Application app = scenario.awaitApp("web", hasCondition("ComparisonError"));
    assertThat(conditionMessage(app, "ComparisonError")).contains("broken.yaml");
    assertThat(
            scenario
                .kube
                .apps()
                .deployments()
                .inNamespace("shop")
                .withName("db")
                .get()
                .getSpec()
                .getReplicas())
        .isEqualTo(1);
    assertThat(scenario.kube.configMaps().inNamespace("shop").withName("settings").get())
        .isNotNull();
    assertThat(app.status.history).hasSize(1);
  }

  @Test
  void invalidYamlIsReportedNamingTheFile() {
    scenario.push("bad yaml", RepoChange.file("web/bad.yaml", "kind: [unclosed\n"));

    Application app = scenario.awaitApp("web", hasCondition("ComparisonError"));
    assertThat(conditionMessage(app, "ComparisonError")).contains("bad.yaml");
    assertThat(app.status.history).hasSize(1);
  }

  private static Predicate<Application> hasCondition(String type) {
    return app ->
        app.status != null
            && app.status.conditions != null
            && app.status.conditions.stream().anyMatch(c -> type.equals(c.type));
  }

  private static String conditionMessage(Application app, String type) {
    return app.status.conditions.stream()
        .filter(c -> type.equals(c.type))
        .map((ApplicationCondition c) -> c.message)
        .findFirst()
        .orElseThrow();
  }
}
