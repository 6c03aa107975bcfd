package io.mooring.engine.health.custom;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.engine.health.Fixtures;
import io.mooring.engine.health.HealthStatus;
import io.mooring.engine.health.lua.LuaHealthEvaluator;
import io.mooring.engine.resource.GroupKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomizationsDirectoryTest {
  private final LuaHealthEvaluator lua = LuaHealthEvaluator.withDefaultLimits();

  @Test
  void scriptsAreKeyedByTheirFoldersWithUnderscoresAsWildcards() throws Exception {
    List<CustomHealthScript> scripts =
        new CustomizationsDirectory(Fixtures.path("customizations")).scripts();

    assertThat(scripts)
        .extracting(CustomHealthScript::pattern)
        .containsExactlyInAnyOrder(
            new GroupKindPattern("*.crossplane.io", "*"),
            new GroupKindPattern("cert-manager.io", "Certificate"));
    CustomHealthChecks checks = new CustomHealthChecks(scripts, lua);
    assertThat(checks.scriptFor(new GroupKind("ec2.aws.crossplane.io", "Instance"))).isPresent();
  }

  @Test
  void everyExampleHealthTestPasses() throws Exception {
    List<HealthTestCase> cases =
        new CustomizationsDirectory(Fixtures.path("customizations")).testCases();

    List<HealthTestOutcome> outcomes = new HealthTestRunner(lua).run(cases);

    assertThat(outcomes).hasSize(7);
    assertThat(outcomes).allSatisfy(o -> assertThat(o.passed()).as(o.describeFailure()).isTrue());
  }

  @Test
  void failingHealthTestIsReportedWithExpectedAndActualResults() throws Exception {
    List<HealthTestCase> cases =
        new CustomizationsDirectory(Fixtures.path("customizations-with-failing-test")).testCases();

    List<HealthTestOutcome> failures =
        new HealthTestRunner(lua).run(cases).stream().filter(o -> !o.passed()).toList();

    assertThat(failures).hasSize(1);
    assertThat(failures.get(0).actual().status()).isEqualTo(HealthStatus.Degraded);
    assertThat(failures.get(0).describeFailure())
        .contains("health_test.yaml: tests[1] (testdata/one-ready.yaml)")
        .endsWith("expected Healthy \"1 replicas ready\", got Degraded \"only 1 replicas ready\"");
  }
}
