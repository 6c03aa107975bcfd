package io.mooring.controller.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.controller.automation.AutoSyncPolicy;
import io.mooring.controller.automation.Backoff;
import io.mooring.controller.compare.AppComparer;
import io.mooring.controller.compare.HookDetection;
import io.mooring.controller.ports.ClusterWriter;
import io.mooring.controller.ports.ManifestSource;
import io.mooring.controller.ports.RenderedApp;
import io.mooring.controller.testing.FakeCluster;
import io.mooring.controller.testing.InMemoryApplicationStore;
import io.mooring.controller.testing.InMemoryProjects;
import io.mooring.controller.testing.MovableClock;
import io.mooring.engine.health.HealthAssessor;
import io.mooring.model.Application;
import io.mooring.model.ApplicationCondition;
import io.mooring.model.ModelCodec;
import io.mooring.model.ResourceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reconciles under the rules of the Application's project. */
class ProjectRulesReconcileTest {
  private final InMemoryApplicationStore store = new InMemoryApplicationStore();
  private final FakeCluster cluster = new FakeCluster();
  private final InMemoryProjects projects = InMemoryProjects.withDefaultProject();
  private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-06-01T10:30:00Z"));
  private final List<ObjectNode> git = new ArrayList<>(List.of(configMap("settings")));
  private int renders;
  private final AppReconciler reconciler =
      new AppReconciler(
          new AppReconciler.Collaborators(
              store,
              request -> {
                renders++;
                return new RenderedApp(List.of("abc123"), List.copyOf(git));
              },
              projects,
              cluster,
              new AppComparer(HealthAssessor.builtInOnly(), HookDetection::isHook),
              new AutoSyncPolicy(Backoff.SELF_HEAL),
              cluster,
              clock));

  @Test
  void anAppOfAProjectThatDoesNotExistShowsInvalidSpecErrorAndIsNotSynced() {
    store.put(automatedApp("team"));

    ReconcileOutcome outcome = reconcile();

    Application app = store.get("web").orElseThrow();
    assertThat(outcome).isInstanceOf(ReconcileOutcome.Done.class);
    assertThat(app.status.sync.status).isEqualTo("Unknown");
    assertThat(app.status.conditions)
        .extracting(c -> c.type + ": " + c.message)
        .containsExactly(
            "InvalidSpecError: application 'web' references project 'team' which does not exist");
    assertThat(app.operation).isNull();
    assertThat(renders).isZero();
  }

  @Test
  void onceTheProjectExistsTheInvalidSpecErrorClears() {
    store.put(automatedApp("team"));
    reconcile();
    projects.put(team(""));

    reconcile();

    assertThat(store.get("web").orElseThrow().status.conditions).isEmpty();
  }

  @Test
  void anAppWhoseProjectForbidsItsDestinationShowsInvalidSpecErrorAndIsNotSynced() {
    projects.put(team(""));
    Application app = automatedApp("team");
    app.spec.destination.namespace = "kube-system";
    store.put(app);

    reconcile();

    Application after = store.get("web").orElseThrow();
    assertThat(after.status.conditions)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.type).isEqualTo("InvalidSpecError");
              assertThat(c.message)
                  .contains("namespace kube-system} is not permitted in project 'team'");
            });
    assertThat(after.operation).isNull();
    assertThat(cluster.writes).isEmpty();
  }

  @Test
  void aRenderedClusterRoleTheProjectDoesNotPermitIsShownUnknownWithTheReason() {
    projects.put(team(""));
    git.add(clusterRole("reader"));
    store.put(manualApp("team"));

    reconcile();

    Application app = store.get("web").orElseThrow();
    ResourceStatus role = resource(app, "ClusterRole");
    assertThat(role.status).isEqualTo("Unknown");
    assertThat(role.health.message)
        .isEqualTo(
            "resource rbac.authorization.k8s.io:ClusterRole reader is not permitted in project"
                + " 'team'");
    assertThat(app.status.sync.status).isEqualTo("OutOfSync");
  }

  @Test
  void anAutomatedAppInsideADenyWindowIsNotSyncedUntilTheWindowCloses() {
    projects.put(
        team(
            "syncWindows: [{kind: deny, schedule: '0 10 * * *', duration: 1h, applications:"
                + " ['*']}]"));
    store.put(automatedApp("team"));

    ReconcileOutcome blocked = reconcile();
    ReconcileOutcome again = reconcile();

    assertThat(blocked)
        .isEqualTo(new ReconcileOutcome.RequeueAfter(Duration.ofMinutes(30).plusSeconds(1)));
    assertThat(again).isInstanceOf(ReconcileOutcome.Done.class);
    Application app = store.get("web").orElseThrow();
    assertThat(app.operation).isNull();
    assertThat(app.status.sync.status).isEqualTo("OutOfSync");
    assertThat(app.status.conditions).isEmpty();

    clock.set(Instant.parse("2026-06-01T11:00:01Z"));

    assertThat(reconcile()).isInstanceOf(ReconcileOutcome.OperationRequested.class);
    assertThat(store.get("web").orElseThrow().operation.initiatedBy.automated).isTrue();
  }

  @Test
  void aRenderedResourceTrackedToAnotherAppRaisesSharedResourceWarningUntilItIsNoLonger()
      throws Exception {
    Application blog = manualApp("default");
    blog.metadata.name = "blog";
    cluster.apply(blog, cluster.tracked(blog, configMapIn("settings")), apply());
    store.put(manualApp("default"));

    reconcile();

    assertThat(store.get("web").orElseThrow().status.conditions)
        .extracting(c -> c.type + ": " + c.message)
        .containsExactly(
            "SharedResourceWarning: ConfigMap/settings is part of applications web and blog");

    Application web = store.get("web").orElseThrow();
    cluster.apply(web, cluster.tracked(web, configMapIn("settings")), apply());
    reconcile();

    assertThat(store.get("web").orElseThrow().status.conditions).isEmpty();
  }

  @Test
  void anUntrackedConfigMapInTheNamespaceRaisesOrphanedResourceWarning() throws Exception {
    projects.put(team("orphanedResources: {}"));
    Application app = manualApp("team");
    cluster.apply(app, cluster.tracked(app, configMapIn("settings")), apply());
    cluster.apply(app, configMapIn("left-behind"), apply());
    cluster.apply(app, configMapIn("kube-root-ca.crt"), apply());
    store.put(app);

    reconcile();

    assertThat(store.get("web").orElseThrow().status.conditions)
        .extracting(c -> c.type + ": " + c.message)
        .containsExactly("OrphanedResourceWarning: Application has 1 orphaned resources");
  }

  @Test
  void orphansRaiseNoConditionWhenTheProjectSaysNotToWarnOrDoesNotMonitorThem() throws Exception {
    Application app = manualApp("team");
    cluster.apply(app, configMapIn("left-behind"), apply());
    store.put(app);
    projects.put(team("orphanedResources: {warn: false}"));
    reconcile();
    List<ApplicationCondition> silent = store.get("web").orElseThrow().status.conditions;

    projects.put(team(""));
    reconcile();

    assertThat(silent).isEmpty();
    assertThat(store.get("web").orElseThrow().status.conditions).isEmpty();
  }

  private ReconcileOutcome reconcile() {
    return reconciler.reconcile("web", ManifestSource.Refresh.NORMAL);
  }

  private static ResourceStatus resource(Application app, String kind) {
    return app.status.resources.stream().filter(r -> r.kind.equals(kind)).findFirst().orElseThrow();
  }

  /** Project {@code team}: any source, namespace {@code web}, no cluster-scoped resources. */
  private static String team(String extraSpec) {
    return """
        metadata: {name: team, namespace: argocd}
        spec:
          sourceRepos: ['*']
          destinations: [{server: '*', namespace: web}]
        """
        + extraSpec.indent(2);
  }

  private static Application automatedApp(String project) {
    Application app = manualApp(project);
    app.spec.syncPolicy =
        ModelCodec.readYaml("automated: {prune: true}", io.mooring.model.SyncPolicy.class);
    return app;
  }

  private static Application manualApp(String project) {
    return ModelCodec.readYaml(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata: {name: web, namespace: argocd}
        spec:
          project: %s
          source: {repoURL: 'https://git.example.com/apps.git', path: web}
          destination: {server: 'https://kubernetes.default.svc', namespace: web}
        """
            .formatted(project),
        Application.class);
  }

  private static ClusterWriter.Apply apply() {
    return new ClusterWriter.Apply(ClusterWriter.Strategy.CLIENT_SIDE, false, false, true);
  }

  private static ObjectNode configMap(String name) {
    return yaml(
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: %s}\ndata: {a: b}\n".formatted(name));
  }

  private static ObjectNode configMapIn(String name) {
    ObjectNode object = configMap(name);
    object.with("metadata").put("namespace", "web");
    return object;
  }

  private static ObjectNode clusterRole(String name) {
    return yaml(
        """
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: %s}
        rules: [{apiGroups: [''], resources: [pods], verbs: [get]}]
        """
            .formatted(name));
  }

  private static ObjectNode yaml(String text) {
    return (ObjectNode) ModelCodec.readYaml(text, JsonNode.class);
  }
}
