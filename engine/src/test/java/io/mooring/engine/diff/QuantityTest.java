package io.mooring.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"1000m, 1", "1Gi, 1024Mi", "0.5, 500m", "1k, 1000", "2e3, 2000", "0, 0m"})
  void equalValuesWrittenDifferentlyAreTheSame(String a, String b) {
    assertThat(Quantity.sameValue(a, b)).isTrue();
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource({"1, 1001m", "1Gi, 1000Mi", "100m, 0.01", "abc, abc"})
  void differentValuesOrNonQuantitiesAreNotTheSame(String a, String b) {
    assertThat(Quantity.sameValue(a, b)).isFalse();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "1000m, 1",
    "0.2, 200m",
    "1024Mi, 1Gi",
    "1536Mi, 1536Mi",
    "0.5Gi, 512Mi",
    "512, 512",
    "1500, 1500",
    "2000, 2k",
    "1e3, 1e3",
    "100Ki, 100Ki",
    "0.0000000001, 1n"
  })
  void canonicalFormIsTheApiServers(String input, String canonical) {
    assertThat(Quantity.parse(input).orElseThrow().canonical()).isEqualTo(canonical);
  }

  @Test
  void textThatIsNotAQuantityIsRejected() {
    assertThat(Quantity.parse("invalid")).isEmpty();
    assertThat(Quantity.parse("")).isEmpty();
    assertThat(Quantity.parse("1Zi")).isEmpty();
  }
}
