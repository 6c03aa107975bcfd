package io.mooring.controller.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.model.ApplicationCondition;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConditionsTest {
  private static final Instant T1 = Instant.parse("2026-11-24T10:00:00Z");
  private static final Instant T2 = Instant.parse("2026-11-24T11:00:00Z");

  @Test
  void anUnchangedConditionKeepsItsTransitionTime() {
    List<ApplicationCondition> first =
        Conditions.replace(
            null,
            Set.of(Conditions.COMPARISON_ERROR),
            List.of(Conditions.of(Conditions.COMPARISON_ERROR, "repo unreachable")),
            T1);

    List<ApplicationCondition> second =
        Conditions.replace(
            first,
            Set.of(Conditions.COMPARISON_ERROR),
            List.of(Conditions.of(Conditions.COMPARISON_ERROR, "repo unreachable")),
            T2);

    assertThat(second)
        .singleElement()
        .satisfies(c -> assertThat(c.lastTransitionTime).isEqualTo(T1.toString()));
  }

  @Test
  void replacingTypesClearsThemAndKeepsOthers() {
    List<ApplicationCondition> current =
        List.of(
            Conditions.of(Conditions.COMPARISON_ERROR, "repo unreachable"),
            Conditions.of(Conditions.SYNC_ERROR, "apply failed"));

    List<ApplicationCondition> next =
        Conditions.replace(current, Set.of(Conditions.COMPARISON_ERROR), List.of(), T2);

    assertThat(next).extracting(c -> c.type).containsExactly(Conditions.SYNC_ERROR);
  }
}
