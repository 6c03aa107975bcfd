package io.mooring.source;

import static io.mooring.source.Generators.request;
import static io.mooring.source.Generators.source;
import static io.mooring.testkit.git.RepoChange.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.source.credentials.RepoCredentialStore;
import io.mooring.source.render.KustomizeRenderer;
import io.mooring.source.render.Renderer;
import io.mooring.source.render.SourceKind;
import io.mooring.testkit.git.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kustomize process sees Argo CD's build environment (for plugins and exec functions). */
class KustomizeBuildEnvironmentTest {
  private static final String PRINT_ENVIRONMENT =
      """
      #!/bin/sh
      cat <<EOF
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: build-environment
      data:
        name: "$ARGOCD_APP_NAME"
        namespace: "$ARGOCD_APP_NAMESPACE"
        project: "$ARGOCD_APP_PROJECT_NAME"
        revision: "$ARGOCD_APP_REVISION"
        short: "$ARGOCD_APP_REVISION_SHORT"
        path: "$ARGOCD_APP_SOURCE_PATH"
        repo: "$ARGOCD_APP_SOURCE_REPO_URL"
        target: "$ARGOCD_APP_SOURCE_TARGET_REVISION"
      EOF
      """;

  @TempDir Path dir;

  @Test
  void kustomizeRunsWithTheArgoCdBuildVariables() throws Exception {
    Path fakeKustomize = dir.resolve("kustomize");
    Files.writeString(fakeKustomize, PRINT_ENVIRONMENT);
    Files.setPosixFilePermissions(fakeKustomize, PosixFilePermissions.fromString("rwx------"));
    try (TestRepo repo = TestRepo.create(dir.resolve("repo.git"));
        ManifestGenerator generator =
            new ManifestGenerator(
                GeneratorSettings.defaults(dir.resolve("cache")),
                RepoCredentialStore.empty(),
                Map.<SourceKind, Renderer>of(
                    SourceKind.KUSTOMIZE,
                    KustomizeRenderer.onExecutable(fakeKustomize.toString())))) {
      String commit =
          repo.commit("app", file("apps/web/kustomization.yaml", "resources: []\n")).name();

      RenderedManifests rendered = generator.generate(request(source(repo, "apps/web")));

      JsonNode data = rendered.manifests().get(0).path("data");
      assertThat(data.path("name").asText()).isEqualTo("guestbook");
      assertThat(data.path("namespace").asText()).isEqualTo("demo");
      assertThat(data.path("project").asText()).isEqualTo("default");
      assertThat(data.path("revision").asText()).isEqualTo(commit);
      assertThat(data.path("short").asText()).isEqualTo(commit.substring(0, 7));
      assertThat(data.path("path").asText()).isEqualTo("apps/web");
      assertThat(data.path("repo").asText()).isEqualTo(repo.directory().toUri().toString());
      assertThat(data.path("target").asText()).isEqualTo("main");
    }
  }
}
