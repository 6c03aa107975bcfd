package io.mooring.kube.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.mooring.model.AppProject;
import io.mooring.model.ModelCodec;
import org.junit.jupiter.api.Test;

@EnableKubernetesMockClient(crud = true)
class ProjectInformerTest {
  KubernetesClient client;

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
}
