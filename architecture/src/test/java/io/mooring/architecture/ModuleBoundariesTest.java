package io.mooring.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.mooring.engine.violation.EngineClassThatReachesGit;
import io.mooring.server.violation.ServerClassThatStartsTheDemo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundaries hold for all production classes, and the rules do catch violations. */
class ModuleBoundariesTest {
  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.mooring");
  }

  @Test
  void productionClassesOfEveryModuleAreImported() {
    assertThat(production.stream().map(c -> c.getPackageName().split("\\.")[2]).distinct())
        .contains("model", "engine", "source", "kube", "controller", "sandbox", "cli", "demo");
  }

  @Test
  void engineIsPureLogic() {
    ModuleBoundaries.ENGINE_IS_PURE.check(production);
  }

  @Test
  void modelDependsOnNothingOfOurs() {
    ModuleBoundaries.MODEL_DEPENDS_ON_NOTHING_OF_OURS.check(production);
  }

  @Test
  void sourceStaysOutOfClusterAndServer() {
    ModuleBoundaries.SOURCE_STAYS_OUT_OF_CLUSTER_AND_SERVER.check(production);
  }

  @Test
  void onlyLaunchersKnowTheSandbox() {
    ModuleBoundaries.ONLY_LAUNCHERS_KNOW_THE_SANDBOX.check(production);
  }

  @Test
  void onlyKubeTalksToKubernetes() {
    ModuleBoundaries.ONLY_KUBE_TALKS_TO_KUBERNETES.check(production);
  }

  @Test
  void controllerStaysOutOfServer() {
    ModuleBoundaries.CONTROLLER_STAYS_OUT_OF_SERVER.check(production);
  }

  @Test
  void onlyTheCliDependsOnTheDemo() {
    ModuleBoundaries.ONLY_THE_CLI_DEPENDS_ON_THE_DEMO.check(production);
  }

  @Test
  void theDemoRuleFailsForAServerClassThatStartsTheDemo() {
    JavaClasses offender =
        new ClassFileImporter().importClasses(ServerClassThatStartsTheDemo.class);

    assertThat(ModuleBoundaries.ONLY_THE_CLI_DEPENDS_ON_THE_DEMO.evaluate(offender).hasViolation())
        .isTrue();
  }

  @Test
  void theEngineRuleFailsForAnEngineClassThatReachesGit() {
    JavaClasses offender = new ClassFileImporter().importClasses(EngineClassThatReachesGit.class);

    assertThat(ModuleBoundaries.ENGINE_IS_PURE.evaluate(offender).hasViolation()).isTrue();
  }
}
