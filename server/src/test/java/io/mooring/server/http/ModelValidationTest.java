package io.mooring.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.ModelCodec;
import io.mooring.model.validation.ManifestValidator;
import org.junit.jupiter.api.Test;

class ModelValidationTest {
  private static final String INVALID =
      """
      apiVersion: argoproj.io/v1alpha1
      kind: Application
      metadata: {name: Bad_Name}
      spec:
        source: {repoURL: 'https://example.com/repo.git', path: app}
      """;

  private static JsonNode tree(String yaml) {
    return ModelCodec.readYaml(yaml, JsonNode.class);
  }

  @Test
  void anInvalidApplicationIsA400WithTheModelsOwnMessages() {
    ApiException error =
        catchThrowableOfType(
            ApiException.class,
            () -> ModelValidation.requireValid(tree(INVALID), "application 'Bad_Name'"));
    assertThat(error.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
    ManifestValidator.validate("request", INVALID)
        .problems()
        .forEach(problem -> assertThat(error.getMessage()).contains(problem.message()));
    assertThat(error.getMessage())
        .startsWith("application 'Bad_Name' is invalid: ")
        .contains("metadata.name");
  }

  @Test
  void aValidApplicationPasses() {
    String valid =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata: {name: guestbook}
        spec:
          project: default
          source: {repoURL: 'https://example.com/repo.git', path: guestbook, targetRevision: HEAD}
          destination: {server: 'https://kubernetes.default.svc', namespace: guestbook}
        """;
    assertThatCode(() -> ModelValidation.requireValid(tree(valid), "application"))
        .doesNotThrowAnyException();
  }
}
