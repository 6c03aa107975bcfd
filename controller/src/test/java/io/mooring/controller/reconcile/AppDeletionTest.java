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
import io.mooring.engine.health.HealthAssessor;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppDeletionTest {
  private final InMemoryApplicationStore store = new InMemoryApplicationStore();
  private final FakeCluster cluster = new FakeCluster();
  private final InMemoryProjects projects = InMemoryProjects.withDefaultProject();
  private final AppReconciler reconciler =
      new AppReconciler(
          new AppReconciler.Collaborators(
              store,
              request -> new RenderedApp(List.of("abc"), List.of()),
              projects,
              cluster,
              new AppComparer(HealthAssessor.builtInOnly(), HookDetection::isHook),
              new AutoSyncPolicy(Backoff.SELF_HEAL),
              cluster,
              Clock.systemUTC()));

  @Test
  void anAppWithTheResourcesFinalizerDeletesItsResourcesBeforeLettingGo() throws Exception {
    Application app = deletedApp("resources-finalizer.argocd.argoproj.io");
    cluster.apply(app, cluster.tracked(app, configMap("a")), apply());
    cluster.apply(app, cluster.tracked(app, configMap("b")), apply());
    store.put(app);

    ReconcileOutcome first = reconciler.reconcile("web", ManifestSource.Refresh.NORMAL);
    assertThat(first).isInstanceOf(ReconcileOutcome.RequeueAfter.class);
    assertThat(cluster.objects).isEmpty();
    assertThat(store.get("web").orElseThrow().metadata.finalizers).isNotEmpty();

    reconciler.reconcile("web", ManifestSource.Refresh.NORMAL);
    assertThat(store.get("web").orElseThrow().metadata.finalizers).isEmpty();
  }

  @Test
  void anAppWithoutTheFinalizerLeavesItsResourcesAlone() throws Exception {
    Application app = deletedApp("some.other/finalizer");
    cluster.apply(app, cluster.tracked(app, configMap("a")), apply());
    store.put(app);

    reconciler.reconcile("web", ManifestSource.Refresh.NORMAL);

    assertThat(cluster.objects).hasSize(1);
    assertThat(store.get("web").orElseThrow().metadata.finalizers)
        .containsExactly("some.other/finalizer");
  }

  @Test
  void deletingAnAppLeavesAloneTheResourcesItsProjectDoesNotPermit() throws Exception {
    projects.put(
        """
        metadata: {name: narrow, namespace: argocd}
        spec:
          sourceRepos: ['*']
          destinations: [{server: '*', namespace: web}]
          namespaceResourceBlacklist: [{group: '', kind: Secret}]
        """);
    Application app = deletedApp("resources-finalizer.argocd.argoproj.io");
    app.spec.project = "narrow";
    cluster.apply(app, cluster.tracked(app, object("ConfigMap", "web", "permitted")), apply());
    cluster.apply(app, cluster.tracked(app, object("Secret", "web", "denied-kind")), apply());
    cluster.apply(
        app, cluster.tracked(app, object("ConfigMap", "kube-system", "denied-ns")), apply());
    store.put(app);

    reconciler.reconcile("web", ManifestSource.Refresh.NORMAL);
    reconciler.reconcile("web", ManifestSource.Refresh.NORMAL);

    assertThat(cluster.objects.keySet())
        .extracting(key -> key.namespace() + "/" + key.kind() + "/" + key.name())
        .containsExactlyInAnyOrder("web/Secret/denied-kind", "kube-system/ConfigMap/denied-ns");
    assertThat(store.get("web").orElseThrow().metadata.finalizers).isEmpty();
  }

  @Test
  void aResourceMarkedDeleteFalseStaysInTheClusterWhenItsAppIsDeleted() throws Exception {
    Application app = deletedApp("resources-finalizer.argocd.argoproj.io");
    ObjectNode kept = configMap("kept");
    ((ObjectNode) kept.get("metadata"))
        .putObject("annotations")
        .put("argocd.argoproj.io/sync-options", "Prune=false,Delete=false");
    cluster.apply(app, cluster.tracked(app, kept), apply());
    cluster.apply(app, cluster.tracked(app, configMap("gone")), apply());
    store.put(app);

    reconciler.reconcile("web", ManifestSource.Refresh.NORMAL);
    reconciler.reconcile("web", ManifestSource.Refresh.NORMAL);

    assertThat(cluster.objects.keySet()).extracting(key -> key.name()).containsExactly("kept");
    assertThat(store.get("web").orElseThrow().metadata.finalizers).isEmpty();
  }

  @Test
  void anAppWhoseProjectIsMissingDeletesNothingAndKeepsItsFinalizer() throws Exception {
    Application app = deletedApp("resources-finalizer.argocd.argoproj.io");
    app.spec.project = "gone";
    cluster.apply(app, cluster.tracked(app, configMap("a")), apply());
    store.put(app);

    ReconcileOutcome outcome = reconciler.reconcile("web", ManifestSource.Refresh.NORMAL);

    assertThat(outcome).isInstanceOf(ReconcileOutcome.RequeueAfter.class);
    assertThat(cluster.objects).hasSize(1);
    assertThat(store.get("web").orElseThrow().metadata.finalizers)
        .containsExactly("resources-finalizer.argocd.argoproj.io");
  }

  private static ClusterWriter.Apply apply() {
    return new ClusterWriter.Apply(ClusterWriter.Strategy.CLIENT_SIDE, false, false, true);
  }

  private static Application deletedApp(String finalizer) {
    Application app =
        ModelCodec.readYaml(
            """
            apiVersion: argoproj.io/v1alpha1
            kind: Application
            metadata: {name: web, namespace: argocd, deletionTimestamp: '2026-11-24T12:00:00Z'}
            spec:
              source: {repoURL: 'https://git.example.com/apps.git', path: web}
              destination: {server: 'https://kubernetes.default.svc', namespace: web}
            """,
            Application.class);
    app.metadata.finalizers = new ArrayList<>(List.of(finalizer));
    return app;
  }

  private static ObjectNode configMap(String name) {
    return object("ConfigMap", "web", name);
  }

  private static ObjectNode object(String kind, String namespace, String name) {
    return (ObjectNode)
        ModelCodec.readYaml(
            "apiVersion: v1\nkind: %s\nmetadata: {name: %s, namespace: %s}\n"
                .formatted(kind, name, namespace),
            JsonNode.class);
  }
}
