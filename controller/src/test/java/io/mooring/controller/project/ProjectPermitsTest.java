package io.mooring.controller.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.model.AppProject;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import org.junit.jupiter.api.Test;

class ProjectPermitsTest {
  private static final AppProject SHOP =
      ModelCodec.readYaml(
          """
          apiVersion: argoproj.io/v1alpha1
          kind: AppProject
          metadata: {name: shop}
          spec:
            sourceRepos: ['https://git.example.com/shop/*', '!https://git.example.com/shop/secret']
            destinations:
              - {server: 'https://kubernetes.default.svc', namespace: 'shop-*'}
              - {server: '*', namespace: '!shop-prod'}
          """,
          AppProject.class);

  @Test
  void aRepositoryMatchingAGlobIsPermittedWhateverItsCaseOrGitSuffix() {
    Application app =
        ProjectFixtures.app("cart", "shop", "https://git.example.com/Shop/cart.git", "x");
    app.spec.destination.namespace = "shop-dev";

    assertThat(ProjectPermits.violations(app, SHOP)).isEmpty();
  }

  @Test
  void aNegatedRepositoryIsRefusedEvenWhenAGlobAllowsIt() {
    Application app =
        ProjectFixtures.app("cart", "shop", "https://git.example.com/shop/secret", "x");
    app.spec.destination.namespace = "shop-dev";

    assertThat(ProjectPermits.violations(app, SHOP))
        .containsExactly(
            "application 'cart' source repository https://git.example.com/shop/secret is not"
                + " permitted in project 'shop' (spec.sourceRepos)");
  }

  @Test
  void aNegatedDestinationNamespaceIsRefused() {
    Application app = ProjectFixtures.app("cart", "shop", "https://git.example.com/shop/cart", "x");
    app.spec.destination.namespace = "shop-prod";

    assertThat(ProjectPermits.violations(app, SHOP))
        .singleElement()
        .asString()
        .contains("namespace shop-prod} is not permitted in project 'shop' (spec.destinations)");
  }

  @Test
  void aProjectWithoutDestinationsPermitsNone() {
    AppProject empty =
        ModelCodec.readYaml(
            "metadata: {name: empty}\nspec: {sourceRepos: ['*']}", AppProject.class);
    Application app =
        ProjectFixtures.app("cart", "empty", "https://git.example.com/shop/cart", "x");

    assertThat(ProjectPermits.violations(app, empty)).hasSize(1);
  }
}
