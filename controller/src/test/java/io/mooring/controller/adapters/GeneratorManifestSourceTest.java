package io.mooring.controller.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.controller.ports.ManifestSource;
import io.mooring.controller.ports.RenderedApp;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.model.SyncOperation;
import io.mooring.source.GeneratorSettings;
import io.mooring.source.ManifestGenerator;
import io.mooring.source.credentials.RepoCredentialStore;
import io.mooring.testkit.git.TestRepo;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorManifestSourceTest {
  @TempDir Path dir;

  @Test
  void rendersTheAppsPathAtItsTargetRevisionAndReportsTheCommit() throws Exception {
    try (TestRepo repo = TestRepo.create(dir.resolve("repo"));
        ManifestGenerator generator = generator()) {
      ObjectId commit =
          repo.commitFiles(
              "add web",
              Map.of(
                  "web/config.yaml",
                  "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web}\ndata: {a: b}\n"));

      RenderedApp rendered =
          new GeneratorManifestSource(generator)
              .render(
                  ManifestSource.RenderRequest.ofSpec(app(repo), ManifestSource.Refresh.NORMAL));

      assertThat(rendered.revision()).isEqualTo(commit.name());
      assertThat(rendered.objects())
          .singleElement()
          .satisfies(o -> assertThat(o.path("kind").asText()).isEqualTo("ConfigMap"));
    }
  }

  @Test
  void aMissingRevisionIsARenderFailureNamingIt() throws Exception {
    try (TestRepo repo = TestRepo.create(dir.resolve("repo"));
        ManifestGenerator generator = generator()) {
      repo.commitFiles(
          "init", Map.of("web/a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n"));
      Application app = app(repo);
      app.spec.source.targetRevision = "no-such-branch";

      assertThatThrownBy(
              () ->
                  new GeneratorManifestSource(generator)
                      .render(
                          ManifestSource.RenderRequest.ofSpec(app, ManifestSource.Refresh.HARD)))
          .isInstanceOf(ManifestSource.RenderFailure.class)
          .hasMessageContaining("no-such-branch");
    }
  }

  @Test
  void anOperationsOwnSourceAndRevisionReplaceTheSpecs() throws Exception {
    try (TestRepo repo = TestRepo.create(dir.resolve("repo"));
        ManifestGenerator generator = generator()) {
      ObjectId first =
          repo.commitFiles(
              "old layout",
              Map.of("old/a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: old}\n"));
      repo.commitFiles(
          "new layout",
          Map.of("web/b.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: new}\n"));
      Application app = app(repo);
      SyncOperation rollback = new SyncOperation();
      rollback.revision = first.name();
      rollback.source = ModelCodec.copy(app.spec.source);
      rollback.source.path = "old";

      RenderedApp rendered =
          new GeneratorManifestSource(generator)
              .render(ManifestSource.RenderRequest.ofOperation(app, rollback));

      assertThat(rendered.revision()).isEqualTo(first.name());
      assertThat(rendered.objects())
          .singleElement()
          .satisfies(o -> assertThat(o.path("metadata").path("name").asText()).isEqualTo("old"));
    }
  }

  private ManifestGenerator generator() {
    return new ManifestGenerator(
        GeneratorSettings.defaults(dir.resolve("cache")), RepoCredentialStore.empty());
  }

  private static Application app(TestRepo repo) {
    return ModelCodec.readYaml(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata: {name: web, namespace: argocd}
        spec:
          source: {repoURL: '%s', path: web, targetRevision: main}
          destination: {server: 'https://kubernetes.default.svc', namespace: web}
        """
            .formatted(repo.directory().toUri()),
        Application.class);
  }
}
