package io.mooring.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {
  @Test
  void printsFileDocumentPathAndMessageOnOneLine() {
    Problem problem = new Problem("apps/web.yaml", 2, "spec.destination", "is required");

    assertThat(problem).hasToString("apps/web.yaml: document 2: spec.destination: is required");
  }

  @Test
  void omitsTheEmptyPathOfAWholeDocumentProblem() {
    Problem problem = new Problem("apps/web.yaml", 0, "", "malformed YAML");

    assertThat(problem).hasToString("apps/web.yaml: document 0: malformed YAML");
  }

  @Test
  void countsDocumentsFromZeroIncludingEmptyOnes() {
    String text =
        """
        ---
        # only a comment
        ---
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata:
          name: web
        """;

    assertThat(ManifestValidator.validate("web.yaml", text).problems())
        .extracting(Problem::document)
        .containsOnly(1);
  }
}
