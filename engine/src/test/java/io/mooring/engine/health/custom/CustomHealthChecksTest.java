package io.mooring.engine.health.custom;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.engine.health.lua.LuaHealthEvaluator;
import io.mooring.engine.resource.GroupKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomHealthChecksTest {
  private static CustomHealthScript script(String group, String kind, String origin) {
    return new CustomHealthScript(
        new GroupKindPattern(group, kind), "return {status='Healthy'}", origin);
  }

  private static CustomHealthChecks checks(CustomHealthScript... scripts) {
    return new CustomHealthChecks(List.of(scripts), LuaHealthEvaluator.withDefaultLimits());
  }

  @Test
  void exactMatchIsChosenBeforeAnyWildcard() {
    CustomHealthChecks checks =
        checks(script("*", "*", "any"), script("example.com", "Widget", "exact"));

    assertThat(checks.scriptFor(new GroupKind("example.com", "Widget")))
        .map(CustomHealthScript::origin)
        .contains("exact");
  }

  @Test
  void moreSpecificWildcardIsChosenFirst() {
    CustomHealthChecks checks =
        checks(script("*", "*", "any"), script("*.example.com", "*", "example subdomains"));

    assertThat(checks.scriptFor(new GroupKind("shop.example.com", "Cart")))
        .map(CustomHealthScript::origin)
        .contains("example subdomains");
    assertThat(checks.scriptFor(new GroupKind("apps", "Deployment")))
        .map(CustomHealthScript::origin)
        .contains("any");
  }

  @Test
  void firstListedScriptWinsForTheSamePattern() {
    CustomHealthChecks checks =
        checks(script("a.io", "K", "settings"), script("a.io", "K", "directory"));

    assertThat(checks.scriptFor(new GroupKind("a.io", "K")))
        .map(CustomHealthScript::origin)
        .contains("settings");
    assertThat(checks.size()).isEqualTo(1);
  }

  @Test
  void kindWithoutAScriptFindsNothing() {
    assertThat(checks(script("a.io", "K", "x")).forKind(new GroupKind("b.io", "K"))).isEmpty();
  }
}
