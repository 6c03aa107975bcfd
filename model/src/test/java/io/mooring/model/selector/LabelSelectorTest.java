package io.mooring.model.selector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelSelectorTest {
  private static final Map<String, String> PROD_WEB = Map.of("env", "prod", "tier", "web");

  @Test
  void equalityInequalityExistenceAndSetsCombineWithAnd() {
    assertThat(LabelSelector.parse("env=prod,tier!=db,tier,!legacy").matches(PROD_WEB)).isTrue();
    assertThat(LabelSelector.parse("env==prod,tier in (web, api)").matches(PROD_WEB)).isTrue();
    assertThat(LabelSelector.parse("env notin (prod)").matches(PROD_WEB)).isFalse();
    assertThat(LabelSelector.parse("env=dev").matches(PROD_WEB)).isFalse();
    assertThat(LabelSelector.parse("env=prod,tier=db").matches(PROD_WEB)).isFalse();
  }

  @Test
  void inequalityAndNotInHoldWhenTheKeyIsAbsent() {
    assertThat(LabelSelector.parse("owner!=bob").matches(PROD_WEB)).isTrue();
    assertThat(LabelSelector.parse("owner notin (bob)").matches(PROD_WEB)).isTrue();
    assertThat(LabelSelector.parse("owner in (bob)").matches(PROD_WEB)).isFalse();
  }

  @Test
  void existenceAndAbsenceOfAKey() {
    assertThat(LabelSelector.parse("tier,!owner").matches(PROD_WEB)).isTrue();
    assertThat(LabelSelector.parse("owner").matches(PROD_WEB)).isFalse();
    assertThat(LabelSelector.parse("!env").matches(PROD_WEB)).isFalse();
  }

  @Test
  void anEmptySelectorMatchesEverythingEvenUnlabelledObjects() {
    assertThat(LabelSelector.parse("").matches(Map.of())).isTrue();
    assertThat(LabelSelector.parse("  ").matches(null)).isTrue();
    assertThat(LabelSelector.parse(null).matches(PROD_WEB)).isTrue();
  }

  @Test
  void prefixedKeysEmptyValuesAndSpacesAreAccepted() {
    Map<String, String> labels = Map.of("app.kubernetes.io/name", "web", "note", "");

    assertThat(LabelSelector.parse(" app.kubernetes.io/name = web , note= ").matches(labels))
        .isTrue();
  }

  @Test
  void printsInKubernetesCanonicalForm() {
    assertThat(LabelSelector.parse("env==prod, tier in (web,api),!legacy,team").toString())
        .isEqualTo("env=prod,tier in (api,web),!legacy,team");
  }

  @Test
  void aMalformedSelectorNamesItselfAndWhatIsWrong() {
    assertThatThrownBy(() -> LabelSelector.parse("=prod"))
        .isInstanceOf(InvalidLabelSelectorException.class)
        .hasMessageContaining("invalid label selector '=prod': '' is not a label key")
        .extracting(e -> ((InvalidLabelSelectorException) e).reason())
        .isEqualTo("'' is not a label key");
    assertThatThrownBy(() -> LabelSelector.parse("te am=web"))
        .hasMessageContaining("'te am' is not a label key");
    assertThatThrownBy(() -> LabelSelector.parse("env=prod,"))
        .hasMessageContaining("empty requirement at the end");
    assertThatThrownBy(() -> LabelSelector.parse("tier in (web"))
        .hasMessageContaining("expected ')'");
    assertThatThrownBy(() -> LabelSelector.parse("tier in web"))
        .hasMessageContaining("expected '(' but found 'w'");
    assertThatThrownBy(() -> LabelSelector.parse("env=-bad-"))
        .hasMessageContaining("'-bad-' is not a label value");
    assertThatThrownBy(() -> LabelSelector.parse("Bad_Prefix/x=1"))
        .hasMessageContaining("'Bad_Prefix/x' is not a label key");
  }
}
