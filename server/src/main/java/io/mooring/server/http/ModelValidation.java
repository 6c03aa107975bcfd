package io.mooring.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.ModelDocument;
import io.mooring.model.validation.ManifestValidator;
import io.mooring.model.validation.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Validates Application and AppProject request bodies with the model's rules, so the API and {@code
 * mooring admin validate} say the same thing in the same words.
 */
public final class ModelValidation {
  private ModelValidation() {}

  /** Throws a 400 listing every problem ({@code field: message}) when {@code body} is invalid. */
  public static void requireValid(JsonNode body, String what) {
    List<String> problems = problems(body, what);
    if (!problems.isEmpty()) {
      throw ApiException.invalid(what + " is invalid: " + String.join("; ", problems));
    }
  }

  /** Every problem of {@code body}, each as {@code field: message}. */
  public static List<String> problems(JsonNode body, String what) {
    List<Problem> problems = ManifestValidator.validate(new ModelDocument(what, 0, body));
    return problems.stream()
        .map(p -> p.path().isEmpty() ? p.message() : p.path() + ": " + p.message())
        .collect(Collectors.toList());
  }
}
