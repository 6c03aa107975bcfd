package io.mooring.kube.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.model.AppProject;
import io.mooring.model.ModelCodec;
import io.mooring.testkit.cluster.ArgoCrds;
import io.mooring.testkit.cluster.EmbeddedKubernetes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EmbeddedKubernetes
class ProjectInformerTest {
  private KubernetesClient client;

  @BeforeEach
  void controlNamespaceWithTheProjectType(KubernetesClient client) {
    this.client = client;
    client
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName("argocd").endMetadata().build())
        .create();
    ArgoCrds.install(client);
  }

  @Test
  void projectsCreatedAfterTheStartAreServedFromTheCache() {
    try (ProjectInformer projects = ProjectInformer.start(client, "argocd")) {
      assertThat(projects.list()).isEmpty();
      client
          .genericKubernetesResources(ArgoResources.APP_PROJECTS)
          .inNamespace("argocd")
          .resource(
              ModelCodec.jsonMapper()
                  .convertValue(
                      ModelCodec.readYaml(
                          """
                          apiVersion: argoproj.io/v1alpha1
                          kind: AppProject
                          metadata: {name: team-a, namespace: argocd}
                          spec:
                            sourceRepos: ['*']
                          """,
                          AppProject.class),
                      GenericKubernetesResource.class))
          .create();
      await().until(() -> projects.get("team-a").isPresent());
      assertThat(projects.list()).extracting(p -> p.metadata.name).containsExactly("team-a");
      assertThat(projects.get("team-a").orElseThrow().spec.sourceRepos).containsExactly("*");
    }
  }

  @Test
  void theListenerHearsOfEveryProjectAddedChangedOrDeleted() {
    java.util.List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (ProjectInformer projects = ProjectInformer.start(client, "argocd", heard::add)) {
      GenericKubernetesResource created =
          client
              .genericKubernetesResources(ArgoResources.APP_PROJECTS)
              .inNamespace("argocd")
              .resource(project("team-b"))
              .create();
      await().until(() -> heard.contains("team-b"));
      created.setAdditionalProperty("spec", java.util.Map.of("sourceRepos", java.util.List.of()));
      client
          .genericKubernetesResources(ArgoResources.APP_PROJECTS)
          .inNamespace("argocd")
          .resource(created)
          .update();
      await().until(() -> heard.size() >= 2);
      client
          .genericKubernetesResources(ArgoResources.APP_PROJECTS)
          .inNamespace("argocd")
          .withName("team-b")
          .delete();
      await().until(() -> heard.size() >= 3 && projects.get("team-b").isEmpty());
      assertThat(heard).containsOnly("team-b");
    }
  }

  private static GenericKubernetesResource project(String name) {
    return ModelCodec.jsonMapper()
        .convertValue(
            ModelCodec.readYaml(
                """
                apiVersion: argoproj.io/v1alpha1
                kind: AppProject
                metadata: {name: %s, namespace: argocd}
                spec:
                  sourceRepos: ['*']
                """
                    .formatted(name),
                AppProject.class),
            GenericKubernetesResource.class);
  }
}
