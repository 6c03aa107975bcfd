package io.mooring.kube.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.kube.error.KubeError;
import io.mooring.kube.error.KubeException;
import io.mooring.model.AppProject;
import io.mooring.model.ModelCodec;
import io.mooring.testkit.cluster.ArgoCrds;
import io.mooring.testkit.cluster.EmbeddedKubernetes;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** AppProjects written and read on the embedded cluster, with optimistic concurrency. */
@EmbeddedKubernetes
class ProjectClientTest {
  private ProjectClient projects;

  @BeforeEach
  void installCrd(KubernetesClient client) throws Exception {
    client
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName("argocd").endMetadata().build())
        .create();
    ArgoCrds.install(client);
    projects = new ProjectClient(client, "argocd");
  }

  @Test
  void aCreatedProjectIsReadListedUpdatedAndDeleted() throws Exception {
    AppProject created = projects.create(project("team-a", "https://git.example.com/a.git"));
    assertThat(created.metadata.namespace).isEqualTo("argocd");
    assertThat(created.metadata.resourceVersion).isNotBlank();

    AppProject read = projects.get("team-a").orElseThrow();
    read.spec.sourceRepos = List.of("https://git.example.com/b.git");
    AppProject updated = projects.update(read);

    assertThat(updated.spec.sourceRepos).containsExactly("https://git.example.com/b.git");
    assertThat(projects.list()).extracting(p -> p.metadata.name).containsExactly("team-a");
    projects.delete("team-a");
    assertThat(projects.get("team-a")).isEmpty();
  }

  @Test
  void anUpdateAtAStaleResourceVersionIsRefusedAsStale() throws Exception {
    projects.create(project("team-a", "https://git.example.com/a.git"));
    AppProject first = projects.get("team-a").orElseThrow();
    AppProject second = projects.get("team-a").orElseThrow();
    first.spec.description = "first writer";
    projects.update(first);

    second.spec.description = "second writer";
    assertThatThrownBy(() -> projects.update(second))
        .isInstanceOf(StaleObjectException.class)
        .hasMessageContaining("AppProject team-a changed since it was read");
    assertThat(projects.get("team-a").orElseThrow().spec.description).isEqualTo("first writer");
  }

  @Test
  void creatingATakenNameFailsAsAlreadyExists() {
    projects.create(project("team-a", "https://git.example.com/a.git"));

    assertThatThrownBy(() -> projects.create(project("team-a", "https://git.example.com/b.git")))
        .isInstanceOfSatisfying(
            KubeException.class, e -> assertThat(e.error()).isEqualTo(KubeError.ALREADY_EXISTS));
  }

  private static AppProject project(String name, String repo) {
    return ModelCodec.readYaml(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: AppProject
        metadata: {name: %s}
        spec:
          sourceRepos: ['%s']
          destinations: [{server: '*', namespace: '*'}]
        """
            .formatted(name, repo),
        AppProject.class);
  }
}
