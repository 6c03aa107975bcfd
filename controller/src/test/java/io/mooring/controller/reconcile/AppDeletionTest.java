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
  private final AppReconciler reconciler =
      new AppReconciler(
          new AppReconciler.Collaborators(
              store,
              request -> new RenderedApp(List.of("abc"), List.of()),
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
    return (ObjectNode)
        ModelCodec.readYaml(
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: %s, namespace: web}\n"
                .formatted(name),
            JsonNode.class);
  }
}
