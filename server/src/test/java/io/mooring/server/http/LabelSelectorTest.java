package io.mooring.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelSelectorTest {
  private static final Map<String, String> LABELS = Map.of("env", "prod", "tier", "web");

  @Test
  void equalityInequalityExistenceAndSetsCombineWithAnd() {
    assertThat(LabelSelector.parse("env=prod,tier!=db,tier,!legacy").test(LABELS)).isTrue();
    assertThat(LabelSelector.parse("env==prod,tier in (web, api)").test(LABELS)).isTrue();
    assertThat(LabelSelector.parse("env notin (prod)").test(LABELS)).isFalse();
    assertThat(LabelSelector.parse("env=dev").test(LABELS)).isFalse();
    assertThat(LabelSelector.parse("").test(Map.of())).isTrue();
  }

  @Test
  void aMalformedSelectorNamesItself() {
    assertThatThrownBy(() -> LabelSelector.parse("=prod"))
        .hasMessageContaining("selector '=prod' is invalid");
  }
}
