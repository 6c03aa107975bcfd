package io.mooring.source.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.source.SourceException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratePathsTest {
  private static GeneratePaths parse(String annotation) throws SourceException {
    return GeneratePaths.parse(annotation, "apps/one").orElseThrow();
  }

  @Test
  void missingOrBlankAnnotationMeansNoPaths() throws Exception {
    assertThat(GeneratePaths.parse(null, "apps/one")).isEmpty();
    assertThat(GeneratePaths.parse("  ", "apps/one")).isEmpty();
    assertThat(GeneratePaths.parse(" ; ;", "apps/one")).isEmpty();
  }

  @Test
  void dotMeansTheSourcePathAndItsSubdirectories() throws Exception {
    GeneratePaths paths = parse(".");
    assertThat(paths.touchedBy(List.of("apps/one/deploy.yaml"))).isTrue();
    assertThat(paths.touchedBy(List.of("apps/one/nested/cm.yaml"))).isTrue();
    assertThat(paths.touchedBy(List.of("apps/one-other/deploy.yaml"))).isFalse();
    assertThat(paths.touchedBy(List.of("apps/two/deploy.yaml"))).isFalse();
  }

  @Test
  void relativePathsResolveAgainstTheSourcePath() throws Exception {
    GeneratePaths paths = parse("../shared");
    assertThat(paths.touchedBy(List.of("apps/shared/values.yaml"))).isTrue();
    assertThat(paths.touchedBy(List.of("apps/one/deploy.yaml"))).isFalse();
  }

  @Test
  void absolutePathsStartAtTheRepositoryRoot() throws Exception {
    GeneratePaths paths = parse("/shared");
    assertThat(paths.touchedBy(List.of("shared/settings.txt"))).isTrue();
    assertThat(paths.touchedBy(List.of("apps/one/shared/x"))).isFalse();
  }

  @Test
  void globsMatchFilesAndTheirParentDirectories() throws Exception {
    GeneratePaths paths = parse("/charts/*/values.yaml;/envs/*");
    assertThat(paths.touchedBy(List.of("charts/web/values.yaml"))).isTrue();
    assertThat(paths.touchedBy(List.of("charts/web/templates/x.yaml"))).isFalse();
    assertThat(paths.touchedBy(List.of("envs/prod/config.yaml"))).isTrue();
  }

  @Test
  void semicolonListsCombineEveryEntry() throws Exception {
    GeneratePaths paths = parse(" . ; /shared ;;");
    assertThat(paths.touchedBy(List.of("shared/a"))).isTrue();
    assertThat(paths.touchedBy(List.of("apps/one/a"))).isTrue();
    assertThat(paths.touchedBy(List.of("docs/readme.md", "apps/two/a"))).isFalse();
    assertThat(paths.touchedBy(List.of())).isFalse();
  }

  @Test
  void entryEscapingTheRepositoryIsRefused() {
    assertThatThrownBy(() -> parse("../../../outside"))
        .hasMessageContaining("leaves the repository root");
  }
}
