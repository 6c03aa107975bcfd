package io.mooring.source;

import static io.mooring.source.Generators.request;
import static io.mooring.source.Generators.source;
import static io.mooring.testkit.git.RepoChange.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.model.ApplicationSource;
import io.mooring.model.ApplicationSourceHelm;
import io.mooring.source.credentials.RepoCredentialStore;
import io.mooring.source.render.EmbeddedHelm;
import io.mooring.source.render.HelmRenderer;
import io.mooring.source.render.Renderer;
import io.mooring.source.render.SourceKind;
import io.mooring.testkit.git.TestRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Embedded Helm (helm-java) cannot pass {@code --api-versions}: the chart still renders, and the
 * result tells the user the option was ignored and how to get it honoured, from the cache too.
 */
class HelmApiVersionsWarningTest {
  private static final String IGNORED =
      "source.helm.apiVersions needs a helm binary on PATH (set MOORING_HELM); ignored";

  @TempDir static Path dir;
  static TestRepo repo;
  static ManifestGenerator generator;

  @BeforeAll
  static void setUp() {
    repo = TestRepo.create(dir.resolve("charts.git"));
    repo.commit(
        "chart",
        file("charts/hello/Chart.yaml", "apiVersion: v2\nname: hello\nversion: 0.1.0\n"),
        file("charts/hello/templates/cm.yaml", Generators.configMap("{{ .Release.Name }}")));
    generator =
        new ManifestGenerator(
            GeneratorSettings.defaults(dir.resolve("cache")),
            RepoCredentialStore.empty(),
            Map.<SourceKind, Renderer>of(
                SourceKind.HELM, new HelmRenderer(new EmbeddedHelm(), "1.32.0")));
  }

  @AfterAll
  static void tearDown() {
    generator.close();
    repo.close();
  }

  private static ApplicationSource hello(List<String> apiVersions) {
    ApplicationSource source = source(repo, "charts/hello");
    source.helm = new ApplicationSourceHelm();
    source.helm.apiVersions = apiVersions;
    return source;
  }

  @Test
  void embeddedHelmRendersButWarnsThatApiVersionsAreIgnored() throws Exception {
    RenderedManifests rendered =
        generator.generate(request(hello(List.of("monitoring.coreos.com/v1"))));

    assertThat(Generators.names(rendered)).containsExactly("guestbook");
    assertThat(rendered.sources().get(0).warnings()).containsExactly(IGNORED);
    assertThat(rendered.warnings()).containsExactly("source 0: " + IGNORED);
  }

  @Test
  void theWarningComesBackWithCachedManifests() throws Exception {
    ApplicationSource source = hello(List.of("policy/v1/PodDisruptionBudget"));
    generator.generate(request(source));

    RenderedManifests cached = generator.generate(request(source));

    assertThat(cached.sources().get(0).origin()).isEqualTo(RenderOrigin.CACHED);
    assertThat(cached.sources().get(0).warnings()).containsExactly(IGNORED);
  }

  @Test
  void chartWithoutApiVersionsHasNoWarning() throws Exception {
    RenderedManifests rendered = generator.generate(request(hello(null)));

    assertThat(Generators.names(rendered)).containsExactly("guestbook");
    assertThat(rendered.warnings()).isEmpty();
  }
}
