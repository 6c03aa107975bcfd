package io.mooring.controller.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.mooring.model.Application;
import io.mooring.testkit.git.RepoChange;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories of the controller against an embedded cluster and a real Git repository. */
class ControllerScenarioTest {
  private static final String DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web}
      spec:
        replicas: %d
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec: {containers: [{name: web, image: 'nginx:1.27'}]}
      """;
  private static final String SERVICE =
      """
      apiVersion: v1
      kind: Service
      metadata: {name: web}
      spec: {selector: {app: web}, ports: [{port: 80}]}
      """;
  private static final String AUTOMATED_APP =
      """
      apiVersion: argoproj.io/v1alpha1
      kind: Application
      metadata: {name: web, namespace: argocd}
      spec:
        project: default
        source: {repoURL: REPO, path: web, targetRevision: main}
        destination: {server: 'https://kubernetes.default.svc', namespace: shop}
        syncPolicy:
          automated: {prune: %s, selfHeal: true}
          syncOptions: [CreateNamespace=true]
      """;

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
  void aNewAutomatedAppIsSyncedAndBecomesHealthy() {
    scenario.push(
        "web", Map.of("web/deployment.yaml", DEPLOYMENT.formatted(2), "web/service.yaml", SERVICE));

    scenario.createApp(AUTOMATED_APP.formatted(true));

    Application app = scenario.awaitApp("web", Scenario::syncedAndHealthy);
    assertThat(app.status.resources)
        .extracting(r -> r.kind)
        .containsExactlyInAnyOrder("Deployment", "Service");
    assertThat(app.status.history).hasSize(1);
    assertThat(app.status.operationState.phase).isEqualTo("Succeeded");
    Deployment deployment =
        scenario.kube.apps().deployments().inNamespace("shop").withName("web").get();
    assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
    assertThat(deployment.getMetadata().getLabels())
        .containsEntry("app.kubernetes.io/instance", "web");
  }

  @Test
  void aDeploymentScaledByHandIsRevertedBySelfHeal() {
    scenario.push("web", Map.of("web/deployment.yaml", DEPLOYMENT.formatted(2)));
    scenario.createApp(AUTOMATED_APP.formatted(true));
    scenario.awaitApp("web", Scenario::syncedAndHealthy);

    scenario.kube.apps().deployments().inNamespace("shop").withName("web").scale(5);

    await()
        .atMost(Scenario.PATIENCE)
        .until(
            () ->
                scenario
                        .kube
                        .apps()
                        .deployments()
                        .inNamespace("shop")
                        .withName("web")
                        .get()
                        .getSpec()
                        .getReplicas()
                    == 2);
    scenario.awaitApp("web", Scenario::syncedAndHealthy);
  }

  @Test
  void aPushedCommitIsSyncedAndAFileRemovedFromGitIsPruned() {
    scenario.push(
        "web", Map.of("web/deployment.yaml", DEPLOYMENT.formatted(1), "web/service.yaml", SERVICE));
    scenario.createApp(AUTOMATED_APP.formatted(true));
    scenario.awaitApp("web", Scenario::syncedAndHealthy);

    scenario.push(
        "remove service, scale up",
        RepoChange.file("web/deployment.yaml", DEPLOYMENT.formatted(3)),
        RepoChange.delete("web/service.yaml"));

    await()
        .atMost(Scenario.PATIENCE)
        .until(() -> scenario.kube.services().inNamespace("shop").withName("web").get() == null);
    Application app =
        scenario.awaitApp("web", a -> Scenario.syncedAndHealthy(a) && a.status.history.size() == 2);
    assertThat(app.status.resources).extracting(r -> r.kind).containsExactly("Deployment");
    assertThat(
            scenario
                .kube
                .apps()
                .deployments()
                .inNamespace("shop")
                .withName("web")
                .get()
                .getSpec()
                .getReplicas())
        .isEqualTo(3);
  }

  @Test
  void withoutAutomatedPruneARemovedFileIsOnlyReported() {
    scenario.push(
        "web", Map.of("web/deployment.yaml", DEPLOYMENT.formatted(1), "web/service.yaml", SERVICE));
    scenario.createApp(AUTOMATED_APP.formatted(false));
    scenario.awaitApp("web", Scenario::syncedAndHealthy);

    scenario.push("remove service", RepoChange.delete("web/service.yaml"));

    Application app =
        scenario.awaitApp(
            "web",
            a -> a.status.resources.stream().anyMatch(r -> Boolean.TRUE.equals(r.requiresPruning)));
    assertThat(app.status.sync.status).isEqualTo("OutOfSync");
    assertThat(scenario.kube.services().inNamespace("shop").withName("web").get()).isNotNull();
  }
}
