package io.mooring.engine.diff;

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

/** Argo CD's diff conformance data in {@code shared/conformance/diff}, beside the repository. */
final class ConformanceCorpus {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Path ROOT = locate();

  private ConformanceCorpus() {}

  private static Path locate() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared").resolve("conformance").resolve("diff");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "conformance data not found: no shared/conformance/diff in "
            + dir
            + " or any directory above it (a checkout needs shared/ beside it)");
  }

  /** Every case of a JSON file in the corpus, as trees. */
  static List<JsonNode> cases(String file) {
    try {
      JsonNode root = JSON.readTree(ROOT.resolve(file).toFile());
      JsonNode list = root.isArray() ? root : root.path("cases");
      List<JsonNode> cases = new ArrayList<>();
      list.forEach(cases::add);
      assertThat(cases).as("cases in %s", file).isNotEmpty();
      return cases;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + ROOT.resolve(file) + ": " + e, e);
    }
  }

  /** The one object in a fixture file, or null when {@code relative} is JSON null. */
  static ObjectNode object(JsonNode relative) {
    if (relative == null || relative.isNull()) {
      return null;
    }
    Path file = ROOT.resolve(relative.asText());
    try {
      if (file.toString().endsWith(".json")) {
        return (ObjectNode) JSON.readTree(file.toFile());
      }
      List<ManifestDocument> documents =
          ManifestReader.read(file.toString(), Files.readString(file));
      assertThat(documents).as("objects in %s", file).hasSize(1);
      return documents.get(0).object();
    } catch (Exception e) {
      throw new IllegalStateException("cannot read fixture " + file + ": " + e.getMessage(), e);
    }
  }

  /** Raw bytes of a corpus file. */
  static byte[] bytes(String relative) throws IOException {
    return Files.readAllBytes(ROOT.resolve(relative));
  }
}
