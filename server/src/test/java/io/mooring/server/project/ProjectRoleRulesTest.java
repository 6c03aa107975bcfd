package io.mooring.server.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.model.AppProject;
import io.mooring.model.ModelCodec;
import org.junit.jupiter.api.Test;

class ProjectRoleRulesTest {
  @Test
  void wellFormedRolesHaveNoProblems() {
    assertThat(
            ProjectRoleRules.problems(
                project("dev", "p, proj:team-a:dev, applications, sync, team-a/*, allow")))
        .isEmpty();
  }

  @Test
  void eachBadRoleOrPolicyIsNamedByItsPath() {
    assertThat(ProjectRoleRules.problems(project("-dev", "p, x")))
        .containsExactly(
            "spec.roles[0].name: '-dev' is not a valid role name (letters, digits, '-' and '_',"
                + " starting and ending with a letter or digit)");
    assertThat(
            ProjectRoleRules.problems(
                project("dev", "p, proj:team-b:dev, applications, get, team-a/*, allow")))
        .containsExactly(
            "spec.roles[0].policies[0]: policy 'p, proj:team-b:dev, applications, get, team-a/*,"
                + " allow': the subject must be 'proj:team-a:dev'");
    assertThat(
            ProjectRoleRules.problems(
                project("dev", "p, proj:team-a:dev, accounts, get, team-a/*, allow")))
        .singleElement()
        .asString()
        .contains("the resource must be one of");
    assertThat(
            ProjectRoleRules.problems(
                project("dev", "p, proj:team-a:dev, applications, get, team-a/*, maybe")))
        .singleElement()
        .asString()
        .endsWith("the effect must be allow or deny");
  }

  private static AppProject project(String role, String policy) {
    return ModelCodec.readYaml(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: AppProject
        metadata: {name: team-a}
        spec:
          roles: [{name: '%s', policies: ['%s']}]
        """
            .formatted(role, policy),
        AppProject.class);
  }
}
