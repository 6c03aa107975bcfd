package io.mooring.controller.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.controller.project.ProjectAdmission.Verdict;
import io.mooring.model.AppProject;
import io.mooring.model.Application;
import io.mooring.model.ApplicationDestination;
import io.mooring.model.ModelCodec;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectAdmissionTest {
  private static final AppProject SHOP =
      ModelCodec.readYaml(
          """
          metadata: {name: shop}
          spec:
            sourceRepos: ['https://git.example.com/shop/*']
            destinations: [{server: 'https://kubernetes.default.svc', namespace: 'cart'}]
          """,
          AppProject.class);

  @Test
  void anAppOfAProjectThatDoesNotExistIsRefusedNamingTheProject() {
    Application app = ProjectFixtures.app("cart", "ghost", "https://git.example.com/shop/a", "x");

    assertThat(ProjectAdmission.judge(app, Optional.empty(), app.spec.destination))
        .isEqualTo(
            new Verdict.Refused(
                "application 'cart' references project 'ghost' which does not exist"));
  }

  @Test
  void anAppThatNamesNoProjectBelongsToTheDefaultProject() {
    Application app = ProjectFixtures.app("cart", "shop", "https://git.example.com/shop/a", "x");
    app.spec.project = null;

    assertThat(ProjectAdmission.projectName(app)).isEqualTo("default");
  }

  @Test
  void anAppThatNamesItsClusterIsAdmittedByAProjectListingThatClustersServer() {
    Application app = ProjectFixtures.app("cart", "shop", "https://git.example.com/shop/a", "x");
    app.spec.destination.server = null;
    app.spec.destination.name = "in-cluster";
    ApplicationDestination resolved = ModelCodec.copy(app.spec.destination);
    resolved.server = "https://kubernetes.default.svc";

    assertThat(ProjectAdmission.judge(app, Optional.of(SHOP), resolved))
        .isEqualTo(new Verdict.Admitted(SHOP));
  }

  @Test
  void everyViolationIsNamedInOneRefusal() {
    Application app = ProjectFixtures.app("blog", "shop", "https://git.example.com/blog/a", "x");

    Verdict verdict = ProjectAdmission.judge(app, Optional.of(SHOP), app.spec.destination);

    assertThat(verdict).isInstanceOf(Verdict.Refused.class);
    assertThat(((Verdict.Refused) verdict).message())
        .contains("source repository https://git.example.com/blog/a is not permitted")
        .contains("; ")
        .contains("namespace blog} is not permitted in project 'shop' (spec.destinations)");
  }
}
