package io.mooring.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.model.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every style of Application Argo CD's documentation shows is accepted. */
class ValidManifestsTest {

  @ParameterizedTest(name = "{0} is valid")
  @ValueSource(
      strings = {
        "directory-app.yaml",
        "helm-inline-values-app.yaml",
        "helm-repository-chart-app.yaml",
        "kustomize-name-prefix-app.yaml",
        "app-of-apps-root.yaml",
        "automated-prune-self-heal-app.yaml",
        "multiple-sources-app.yaml",
        "project-with-sync-windows.yaml",
        "mixed-file-with-other-kinds.yaml"
      })
  void documentedStylesAreAccepted(String fixture) {
    ManifestValidator.Result result =
        ManifestValidator.validate(fixture, Fixtures.text("validation/valid/" + fixture));

    assertThat(result.problems()).isEmpty();
    assertThat(result.checkedDocuments()).isEqualTo(1);
  }
}
