package io.mooring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HealthTestCommandTest {
  @Test
  void passingExampleDirectoryPrintsOnlyTheSummaryAndExitsZero() {
    CliRun run =
        CliRun.of("admin", "health", "test", HealthFixtures.path("customizations").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).containsExactly("7 passed, 0 failed");
  }

  @Test
  void failingCaseGetsOneLineAndTheRunExitsOne() {
    String dir = HealthFixtures.path("customizations-with-failing-test").toString();

    CliRun run = CliRun.of("admin", "health", "test", dir);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .containsExactly(
            dir
                + "/apps/Deployment/health_test.yaml: tests[1] (testdata/one-ready.yaml): expected"
                + " Healthy \"1 replicas ready\", got Degraded \"only 1 replicas ready\"",
            "1 passed, 1 failed");
  }

  @Test
  void missingDirectoryIsAnError() {
    CliRun run = CliRun.of("admin", "health", "test", "does-not-exist");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("does-not-exist: not a directory");
  }
}
