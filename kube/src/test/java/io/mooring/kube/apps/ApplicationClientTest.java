package io.mooring.kube.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.mooring.kube.testing.SandboxCluster;
import io.mooring.model.Application;
import io.mooring.model.ApplicationStatus;
import io.mooring.model.ModelCodec;
import io.mooring.model.SyncStatus;
import io.mooring.testkit.cluster.ArgoCrds;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApplicationClientTest {
  private SandboxCluster sandbox;
  private ApplicationClient apps;

  @BeforeEach
  void start() throws Exception {
    sandbox = SandboxCluster.start();
    sandbox
        .client()
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName("argocd").endMetadata().build())
        .create();
    ArgoCrds.install(sandbox.client());
    apps = new ApplicationClient(sandbox.client(), "argocd");
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void anApplicationIsCreatedReadAndListed() {
    apps.create(app("web"));

    assertThat(apps.get("web"))
        .get()
        .satisfies(a -> assertThat(a.spec.source.path).isEqualTo("web"));
    assertThat(apps.list()).extracting(a -> a.metadata.name).containsExactly("web");
    assertThat(apps.get("nope")).isEmpty();
  }

  @Test
  void aStatusWriteKeepsAConcurrentSpecChangeOutOfTheWayByFailingAsStale() throws Exception {
    apps.create(app("web"));
    Application readByController = apps.get("web").orElseThrow();
    Application readByUser = apps.get("web").orElseThrow();
    readByUser.spec.source.path = "web-v2";
    apps.update(readByUser);

    readByController.status = new ApplicationStatus();
    readByController.status.sync = new SyncStatus();
    readByController.status.sync.status = "Synced";

    assertThatThrownBy(() -> apps.updateStatus(readByController))
        .isInstanceOf(StaleObjectException.class);
    assertThat(apps.get("web").orElseThrow().spec.source.path).isEqualTo("web-v2");
  }

  @Test
  void aFreshStatusWriteReplacesOnlyTheStatus() throws Exception {
    apps.create(app("web"));
    Application app = apps.get("web").orElseThrow();
    app.status = new ApplicationStatus();
    app.status.sync = new SyncStatus();
    app.status.sync.status = "OutOfSync";
    app.spec.source.path = "not-written";

    apps.updateStatus(app);

    Application stored = apps.get("web").orElseThrow();
    assertThat(stored.status.sync.status).isEqualTo("OutOfSync");
    assertThat(stored.spec.source.path).isEqualTo("web");
  }

  @Test
  void theWatchReportsAddedAndChangedApplications() throws Exception {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    try (ApplicationInformer watch = apps.watch(app -> seen.add(app.metadata.name))) {
      apps.create(app("web"));
      apps.create(app("api"));
      await().atMost(Duration.ofSeconds(20)).until(() -> seen.containsAll(Set.of("web", "api")));
      await().atMost(Duration.ofSeconds(20)).until(() -> watch.list().size() == 2);
      assertThat(watch.get("web"))
          .get()
          .satisfies(a -> assertThat(a.spec.source.path).isEqualTo("web"));
    }
  }

  @Test
  void theDefaultProjectIsCreatedOncePermittingEverything() {
    ProjectClient projects = new ProjectClient(sandbox.client(), "argocd");

    projects.ensureDefaultProject();
    projects.ensureDefaultProject();

    assertThat(projects.get("default"))
        .get()
        .satisfies(
            p -> {
              assertThat(p.spec.sourceRepos).containsExactly("*");
              assertThat(p.spec.destinations)
                  .singleElement()
                  .satisfies(d -> assertThat(d.server).isEqualTo("*"));
            });
  }

  private static Application app(String name) {
    return ModelCodec.readYaml(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata: {name: %s, namespace: argocd}
        spec:
          source: {repoURL: 'https://git.example.com/apps.git', path: %s}
          destination: {server: 'https://kubernetes.default.svc', namespace: %s}
        """
            .formatted(name, name, name),
        Application.class);
  }
}
