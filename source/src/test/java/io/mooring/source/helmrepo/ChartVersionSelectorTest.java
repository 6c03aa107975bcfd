package io.mooring.source.helmrepo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartVersionSelectorTest {
  private static final String REPO = "https://charts.example.com";
  private static final List<ChartVersion> VERSIONS =
      List.of("0.9.0", "1.0.0", "1.2.0", "1.2.9", "1.10.0", "2.0.0-beta.1", "2.0.0", "v3.0.0")
          .stream()
          .map(v -> new ChartVersion("web", v, List.of("web-" + v + ".tgz"), ""))
          .toList();

  private static String select(String constraint) throws SourceException {
    return ChartVersionSelector.select(REPO, "web", constraint, VERSIONS).version();
  }

  @Test
  void exactVersionIsTakenAsWritten() throws Exception {
    assertThat(select("1.2.0")).isEqualTo("1.2.0");
    assertThat(select("2.0.0-beta.1")).isEqualTo("2.0.0-beta.1");
  }

  @Test
  void wildcardsAndRangesPickTheHighestMatchComparingNumerically() throws Exception {
    assertThat(select("1.2.*")).isEqualTo("1.2.9");
    assertThat(select("1.x")).isEqualTo("1.10.0");
    assertThat(select(">=1.0 <2.0")).isEqualTo("1.10.0");
    assertThat(select(">=1.0, <1.5")).isEqualTo("1.2.9");
    assertThat(select("^1.2")).isEqualTo("1.10.0");
    assertThat(select("~1.2")).isEqualTo("1.2.9");
    assertThat(select("<1.0.0 || >=2.0.0 <3.0.0")).isEqualTo("2.0.0");
  }

  @Test
  void emptyOrStarMeansTheNewestStableVersion() throws Exception {
    assertThat(select("")).isEqualTo("v3.0.0");
    assertThat(select("*")).isEqualTo("v3.0.0");
    assertThat(select(null)).isEqualTo("v3.0.0");
  }

  @Test
  void preReleasesMatchOnlyConstraintsNamingOne() throws Exception {
    assertThat(select(">=2.0.0-0 <2.0.0")).isEqualTo("2.0.0-beta.1");
    assertThat(select("~2.0")).isEqualTo("2.0.0");
  }

  @Test
  void noMatchNamesChartConstraintRepositoryAndNewestVersions() {
    assertThatThrownBy(() -> select(">=9"))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("chart 'web' has no version matching '>=9'")
        .hasMessageContaining(REPO)
        .hasMessageContaining("newest available: v3.0.0, 2.0.0, 2.0.0-beta.1, 1.10.0")
        .extracting(e -> ((SourceException) e).reason())
        .isEqualTo(Reason.REVISION_NOT_FOUND);
  }

  @Test
  void chartAbsentFromTheIndexIsNamed() {
    assertThatThrownBy(() -> ChartVersionSelector.select(REPO, "api", "1.0.0", List.of()))
        .hasMessageContaining("chart 'api' is not in the index of Helm repository " + REPO);
  }
}
