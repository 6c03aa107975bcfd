package io.mooring.cli.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelSelectorTest {
  private static final Map<String, String> WEB = Map.of("team", "web", "tier", "frontend");

  @Test
  void equalityAndInequalityMustAllHold() {
    assertThat(LabelSelector.parse("team=web,tier!=db").matches(WEB)).isTrue();
    assertThat(LabelSelector.parse("team==web,tier=db").matches(WEB)).isFalse();
  }

  @Test
  void existenceAndAbsenceOfAKey() {
    assertThat(LabelSelector.parse("team,!owner").matches(WEB)).isTrue();
    assertThat(LabelSelector.parse("owner").matches(WEB)).isFalse();
  }

  @Test
  void emptySelectorMatchesUnlabelledObjects() {
    assertThat(LabelSelector.parse("").matches(null)).isTrue();
  }

  @Test
  void malformedKeyIsNamed() {
    assertThatThrownBy(() -> LabelSelector.parse("te am=web"))
        .hasMessageContaining("'te am' is not a label key");
  }
}
