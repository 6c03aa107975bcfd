package io.mooring.engine.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.ManifestDocument;
import io.mooring.engine.resource.ManifestReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of Argo CD's built-in health expectations ({@code shared/conformance/health/builtin}
 * and {@code builtin_legacy}), run through {@link HealthAssessor} with no custom checks.
 */
class BuiltInConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Argo CD removed its built-in Application check in 1.8, so its tests expect no result for these
   * two files. Mooring deliberately keeps assessing an Application by its own status.health (so
   * app-of-apps sync waves work without a custom script): for these two cases we assert Mooring's
   * documented behaviour instead.
   */
  private static final List<String> APPLICATION_CASES =
      List.of("application-healthy.yaml", "application-degraded.yaml");

  private final HealthAssessor assessor = HealthAssessor.builtInOnly();

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> all = new ArrayList<>();
    for (String corpus : List.of("health/builtin", "health/builtin_legacy")) {
      Path dir = ConformanceData.resolve(corpus);
      for (JsonNode c : JSON.readTree(dir.resolve("cases.json").toFile())) {
        all.add(Arguments.of(Named.of(corpus + "/" + c.get("file").asText(), c), dir));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void builtInCheckMatchesArgoCd(JsonNode expectation, Path dir) throws Exception {
    String file = expectation.get("file").asText();
    ObjectNode object = readSingleObject(dir.resolve(file));
    if (expectation.has("invoke")) {
      // Inline Workflow objects without apiVersion/kind: the Go test calls the Workflow check.
      object.put("apiVersion", "argoproj.io/v1alpha1").put("kind", "Workflow");
    }

    Optional<HealthResult> result = assessor.assess(object);

    if (APPLICATION_CASES.contains(file)) {
      String reported = object.path("status").path("health").path("status").asText();
      assertThat(result).map(HealthResult::status).contains(HealthStatus.valueOf(reported));
      return;
    }
    if (expectation.path("expect_nil").asBoolean(false)) {
      assertThat(result).as("no built-in check applies to %s", file).isEmpty();
      return;
    }
    assertThat(result).as(file).isPresent();
    assertThat(result.get().status().name()).as(file).isEqualTo(expectation.get("status").asText());
    JsonNode message = expectation.path("message");
    if (!message.isNull() && !message.isMissingNode()) {
      assertThat(result.get().message()).as("message of " + file).isEqualTo(message.asText());
    }
  }

  private static ObjectNode readSingleObject(Path file) throws Exception {
    List<ManifestDocument> documents = ManifestReader.read(file.toString(), Files.readString(file));
    assertThat(documents).as("objects in " + file).hasSize(1);
    return documents.get(0).object();
  }
}
