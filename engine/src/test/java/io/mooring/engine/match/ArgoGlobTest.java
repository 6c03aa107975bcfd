package io.mooring.engine.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArgoGlobTest {
  @Test
  void starMatchesAcrossSlashes() {
    assertThat(ArgoGlob.matches("team-a/frontend", "*")).isTrue();
    assertThat(ArgoGlob.matches("team-a/frontend", "team-a/*")).isTrue();
    assertThat(ArgoGlob.matches("team-a/ns/frontend", "team-a/*")).isTrue();
  }

  @Test
  void prefixMustMatchExactly() {
    assertThat(ArgoGlob.matches("team-ab/frontend", "team-a/*")).isFalse();
    assertThat(ArgoGlob.matches("team-a/frontend", "team-a/front")).isFalse();
  }

  @Test
  void questionMarkClassesAndAlternatives() {
    assertThat(ArgoGlob.matches("team-1/app", "team-?/app")).isTrue();
    assertThat(ArgoGlob.matches("team-x/app", "team-[0-9]/app")).isFalse();
    assertThat(ArgoGlob.matches("team-x/app", "team-[!0-9]/app")).isTrue();
    assertThat(ArgoGlob.matches("prod/api", "{prod,staging}/*")).isTrue();
    assertThat(ArgoGlob.matches("dev/api", "{prod,staging}/*")).isFalse();
  }

  @Test
  void regexCharactersAreLiteral() {
    assertThat(ArgoGlob.matches("a.b", "a.b")).isTrue();
    assertThat(ArgoGlob.matches("axb", "a.b")).isFalse();
    assertThat(ArgoGlob.matches("action/apps/Deployment/restart", "action/*")).isTrue();
  }
}
