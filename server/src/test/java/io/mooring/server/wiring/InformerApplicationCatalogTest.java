package io.mooring.server.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.kube.apps.ApplicationClient;
import io.mooring.kube.apps.ApplicationInformer;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.server.catalog.ApplicationEventHub;
import io.mooring.testkit.cluster.ArgoCrds;
import io.mooring.testkit.cluster.EmbeddedKubernetes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EmbeddedKubernetes
class InformerApplicationCatalogTest {
  private ApplicationClient client;

  @BeforeEach
  void controlNamespace(KubernetesClient kube) {
    kube.namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName("argocd").endMetadata().build())
        .create();
    ArgoCrds.install(kube);
    client = new ApplicationClient(kube, "argocd");
  }

  @Test
  void appsAreListedFromTheWatch() {
    client.create(app("web"));
    try (ApplicationInformer informer = client.watch((change, app) -> {})) {
      InformerApplicationCatalog catalog =
          new InformerApplicationCatalog(informer, client, new ApplicationEventHub());

      await().until(() -> catalog.list().size() == 1);
      assertThat(catalog.list().get(0).metadata.name).isEqualTo("web");
    }
  }

  @Test
  void anAppTheWatchHasNotSeenYetIsFoundOnTheApiServer() {
    ApplicationInformer stopped = client.watch((change, app) -> {});
    stopped.close();
    InformerApplicationCatalog catalog =
        new InformerApplicationCatalog(stopped, client, new ApplicationEventHub());

    client.create(app("just-created"));

    assertThat(catalog.list()).isEmpty();
    assertThat(catalog.get("just-created")).map(a -> a.metadata.name).contains("just-created");
    assertThat(catalog.get("never-created")).isEmpty();
  }

  private static Application app(String name) {
    return ModelCodec.readYaml(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata: {name: %s, namespace: argocd}
        spec:
          project: default
          source: {repoURL: 'https://git.example.com/apps.git', path: %s}
          destination: {server: 'https://kubernetes.default.svc', namespace: %s}
        """
            .formatted(name, name, name),
        Application.class);
  }
}
