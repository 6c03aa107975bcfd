package io.mooring.controller.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.controller.automation.AutoSyncPolicy;
import io.mooring.controller.automation.Backoff;
import io.mooring.controller.compare.AppComparer;
import io.mooring.controller.ports.LiveState;
import io.mooring.controller.ports.ManifestSource;
import io.mooring.controller.ports.RenderedApp;
import io.mooring.controller.testing.FakeCluster;
import io.mooring.controller.testing.InMemoryApplicationStore;
import io.mooring.controller.testing.InMemoryProjects;
import io.mooring.controller.testing.MovableClock;
import io.mooring.engine.health.HealthAssessor;
import io.mooring.engine.resource.GroupKind;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.model.Application;
import io.mooring.model.ApplicationDestination;
import io.mooring.model.ModelCodec;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppReconcilerTest {
  private final InMemoryApplicationStore store = new InMemoryApplicationStore();
  private final List<ManifestSource.Refresh> refreshes = new java.util.ArrayList<>();
  private List<ObjectNode> rendered = List.of(configMap("v1"));
  private String renderError;
  private final Map<ResourceKey, ObjectNode> live = new LinkedHashMap<>();
  private final Map<ResourceKey, ObjectNode> others = new LinkedHashMap<>();
  private final InMemoryProjects projects = InMemoryProjects.withDefaultProject();
  private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-24T12:00:00Z"));
  private final AppReconciler reconciler =
      new AppReconciler(
          new AppReconciler.Collaborators(
              store,
              request -> {
                refreshes.add(request.refresh());
                if (renderError != null) {
                  throw new ManifestSource.RenderFailure(renderError, null);
                }
                return new RenderedApp(List.of("abc123"), rendered);
              },
              projects,
              new LiveState() {
                @Override
                public Map<ResourceKey, ObjectNode> managedResources(Application app) {
                  return live;
                }

                @Override
                public Optional<LiveObject> find(Application app, ResourceKey key) {
                  return Optional.ofNullable(others.get(key))
                      .map(
                          object ->
                              new LiveObject(
                                  key,
                                  "",
                                  List.of(),
                                  Optional.ofNullable(
                                      object
                                          .path("metadata")
                                          .path("labels")
                                          .path("app.kubernetes.io/instance")
                                          .textValue()),
                                  object.deepCopy()));
                }

                @Override
                public List<LiveObject> inNamespace(Application app, String namespace) {
                  return List.of();
                }

                @Override
                public ApplicationDestination resolvedDestination(Application app) {
                  return app.spec.destination;
                }

                @Override
                public boolean isNamespaced(Application app, GroupKind groupKind) {
                  return true;
                }

                @Override
                public ObjectNode tracked(Application app, ObjectNode desired) {
                  return desired.deepCopy();
                }
              },
              new AppComparer(HealthAssessor.builtInOnly(), object -> false),
              new AutoSyncPolicy(Backoff.SELF_HEAL),
              new FakeCluster(),
              clock));

  @Test
  void anAppWhoseClusterMatchesGitBecomesSyncedAndHealthy() {
    putApp(app(""));
    putLive(configMap("v1"));

    ReconcileOutcome outcome = reconciler.reconcile("web", ManifestSource.Refresh.NORMAL);

    Application app = store.get("web").orElseThrow();
    assertThat(outcome).isInstanceOf(ReconcileOutcome.Done.class);
    assertThat(app.status.sync.status).isEqualTo("Synced");
    assertThat(app.status.sync.revision).isEqualTo("abc123");
    assertThat(app.status.health.status).isEqualTo("Healthy");
    assertThat(app.status.resources).hasSize(1);
  }

  @Test
  void aSteadyStateRefreshWritesNoStatus() {
    putApp(app(""));
    putLive(configMap("v1"));
    reconciler.reconcile("web", ManifestSource.Refresh.NORMAL);
    int writes = store.statusWrites.get();

    reconciler.reconcile("web", ManifestSource.Refresh.NORMAL);

    assertThat(store.statusWrites.get()).isEqualTo(writes);
  }

  @Test
  void anOutOfSyncAutomatedAppGetsAnAutomatedSyncOperation() {
    putApp(app("syncPolicy: {automated: {prune: true}}"));
    putLive(configMap("v0"));

    ReconcileOutcome outcome = reconciler.reconcile("web", ManifestSource.Refresh.NORMAL);

    Application app = store.get("web").orElseThrow();
    assertThat(outcome).isInstanceOf(ReconcileOutcome.OperationRequested.class);
    assertThat(app.operation.sync.revision).isEqualTo("abc123");
    assertThat(app.operation.sync.prune).isTrue();
    assertThat(app.operation.initiatedBy.automated).isTrue();
  }

  @Test
  void aManualAppThatIsOutOfSyncIsOnlyReported() {
    putApp(app(""));
    putLive(configMap("v0"));

    ReconcileOutcome outcome = reconciler.reconcile("web", ManifestSource.Refresh.NORMAL);

    assertThat(outcome).isInstanceOf(ReconcileOutcome.Done.class);
    assertThat(store.get("web").orElseThrow().status.sync.status).isEqualTo("OutOfSync");
    assertThat(store.get("web").orElseThrow().operation).isNull();
  }

  @Test
  void aRenderFailureKeepsTheLastKnownResourcesAndShowsAComparisonError() {
    putApp(app("syncPolicy: {automated: {prune: true}}"));
    putLive(configMap("v1"));
    reconciler.reconcile("web", ManifestSource.Refresh.NORMAL);
    renderError = "repository https://git.example.com/apps.git: revision main: connection refused";

    ReconcileOutcome outcome = reconciler.reconcile("web", ManifestSource.Refresh.NORMAL);

    Application app = store.get("web").orElseThrow();
    assertThat(outcome).isInstanceOf(ReconcileOutcome.Done.class);
    assertThat(app.operation).isNull();
    assertThat(app.status.sync.status).isEqualTo("Unknown");
    assertThat(app.status.resources).hasSize(1);
    assertThat(app.status.conditions)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.type).isEqualTo("ComparisonError");
              assertThat(c.message).contains("connection refused");
            });
  }

  @Test
  void theComparisonErrorClearsOnceRenderingWorksAgain() {
    putApp(app(""));
    putLive(configMap("v1"));
    renderError = "boom";
    reconciler.reconcile("web", ManifestSource.Refresh.NORMAL);
    renderError = null;

    reconciler.reconcile("web", ManifestSource.Refresh.NORMAL);

    assertThat(store.get("web").orElseThrow().status.conditions).isEmpty();
  }

  @Test
  void anInvalidSpecIsReportedAndNothingIsRendered() {
    putApp(app("").withDestinationName());
    renderError = "must not be called";

    reconciler.reconcile("web", ManifestSource.Refresh.NORMAL);

    assertThat(store.get("web").orElseThrow().status.conditions)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.type).isEqualTo("InvalidSpecError");
              assertThat(c.message).contains("server and name are both set");
            });
  }

  @Test
  void theHardRefreshAnnotationBypassesTheCacheOnceAndIsRemoved() {
    TestApp app = app("");
    app.app().metadata.annotations =
        new java.util.HashMap<>(Map.of("argocd.argoproj.io/refresh", "hard"));
    putApp(app);
    putLive(configMap("v1"));

    reconciler.reconcile("web", ManifestSource.Refresh.NORMAL);

    assertThat(refreshes).containsExactly(ManifestSource.Refresh.HARD);
    assertThat(store.get("web").orElseThrow().metadata.annotations)
        .doesNotContainKey("argocd.argoproj.io/refresh");
  }

  @Test
  void aDeletedAppIsGone() {
    assertThat(reconciler.reconcile("nope", ManifestSource.Refresh.NORMAL))
        .isInstanceOf(ReconcileOutcome.Gone.class);
  }

  private void putLive(ObjectNode object) {
    ObjectNode copy = object.deepCopy();
    copy.with("metadata").put("uid", "u1").put("resourceVersion", "3");
    live.put(ResourceKey.of(copy), copy);
  }

  private static ObjectNode configMap(String value) {
    return (ObjectNode)
        ModelCodec.readYaml(
            """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: settings, namespace: web}
            data: {version: '%s'}
            """
                .formatted(value),
            JsonNode.class);
  }

  private static TestApp app(String extraSpec) {
    return new TestApp(
        ModelCodec.readYaml(
            """
            apiVersion: argoproj.io/v1alpha1
            kind: Application
            metadata: {name: web, namespace: argocd}
            spec:
              source: {repoURL: 'https://git.example.com/apps.git', path: web}
              destination: {server: 'https://kubernetes.default.svc', namespace: web}
              %s
            """
                .formatted(extraSpec),
            Application.class));
  }

  /** An Application under construction for a test. */
  private record TestApp(Application app) {
    TestApp withDestinationName() {
      app.spec.destination.name = "in-cluster";
      return this;
    }
  }

  private void putApp(TestApp app) {
    store.put(app.app());
  }
}
