package io.mooring.source;

import static io.mooring.source.Generators.generator;
import static io.mooring.source.Generators.request;
import static io.mooring.source.Generators.source;
import static io.mooring.testkit.git.RepoChange.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.ApplicationSource;
import io.mooring.model.ApplicationSourceKustomize;
import io.mooring.model.KustomizeReplica;
import io.mooring.testkit.git.TestRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KustomizeRenderTest {
  private static final String DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 1
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
            - name: web
              image: nginx:1.25
      """;

  @TempDir Path dir;

  private TestRepo overlayRepo() {
    TestRepo repo = TestRepo.create(dir.resolve("repo.git"));
    repo.commit(
        "kustomize",
        file("base/deployment.yaml", DEPLOYMENT),
        file("base/kustomization.yaml", "resources:\n- deployment.yaml\n"),
        file("overlays/prod/kustomization.yaml", "resources:\n- ../../base\nnamePrefix: prod-\n"));
    return repo;
  }

  private static JsonNode only(RenderedManifests rendered) {
    assertThat(rendered.manifests()).hasSize(1);
    return rendered.manifests().get(0);
  }

  @Test
  void overlayWithBaseOutsideTheAppPathIsBuilt() throws Exception {
    try (TestRepo repo = overlayRepo();
        ManifestGenerator generator = generator(dir.resolve("cache"))) {
      JsonNode deployment = only(generator.generate(request(source(repo, "overlays/prod"))));
      assertThat(deployment.path("metadata").path("name").asText()).isEqualTo("prod-web");
    }
  }

  @Test
  void applicationOverridesAreAppliedToACopyNotTheRepository() throws Exception {
    try (TestRepo repo = overlayRepo();
        ManifestGenerator generator = generator(dir.resolve("cache"))) {
      ObjectId before = repo.head("main");
      ApplicationSource source = source(repo, "overlays/prod");
      source.kustomize = new ApplicationSourceKustomize();
      source.kustomize.namePrefix = "blue-";
      source.kustomize.nameSuffix = "-v2";
      source.kustomize.images = List.of("nginx=registry.example/nginx:1.27");
      source.kustomize.commonLabels = Map.of("team", "web");
      source.kustomize.commonAnnotations = Map.of("owner", "ops");
      source.kustomize.namespace = "shop";
      KustomizeReplica replicas = new KustomizeReplica();
      replicas.name = "web";
      replicas.count = 3;
      source.kustomize.replicas = List.of(replicas);

      JsonNode deployment = only(generator.generate(request(source)));

      assertThat(deployment.at("/metadata/name").asText()).isEqualTo("blue-web-v2");
      assertThat(deployment.at("/metadata/namespace").asText()).isEqualTo("shop");
      assertThat(deployment.at("/metadata/labels/team").asText()).isEqualTo("web");
      assertThat(deployment.at("/metadata/annotations/owner").asText()).isEqualTo("ops");
      assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(3);
      assertThat(deployment.at("/spec/template/spec/containers/0/image").asText())
          .isEqualTo("registry.example/nginx:1.27");
      assertThat(repo.head("main").getId()).isEqualTo(before);
      assertThat(
              new String(
                  repo.repository()
                      .open(
                          org.eclipse.jgit.treewalk.TreeWalk.forPath(
                                  repo.repository(),
                                  "overlays/prod/kustomization.yaml",
                                  repo.head("main").getTree())
                              .getObjectId(0))
                      .getBytes()))
          .doesNotContain("blue-");
    }
  }

  @Test
  void failingKustomizationIsAnErrorWithKustomizesMessage() throws Exception {
    try (TestRepo repo = overlayRepo();
        ManifestGenerator generator = generator(dir.resolve("cache"))) {
      repo.commit(
          "broken", file("overlays/prod/kustomization.yaml", "resources:\n- missing.yaml\n"));
      assertThatThrownBy(() -> generator.generate(request(source(repo, "overlays/prod"))))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("repo " + repo.directory().toUri())
          .hasMessageContaining("revision main")
          .hasMessageContaining("path overlays/prod")
          .hasMessageContaining("missing.yaml")
          .hasMessageNotContaining("mooring-render-");
    }
  }
}
