package io.mooring.engine.health.custom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mooring.engine.health.HealthResult;
import io.mooring.engine.health.HealthStatus;
import io.mooring.engine.resource.ManifestDocument;
import io.mooring.engine.resource.ManifestParseException;
import io.mooring.engine.resource.ManifestReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a customizations directory laid out like Argo CD's {@code resource_customizations}: {@code
 * <group>/<Kind>/health.lua} (or {@code <Kind>/health.lua} for the core group), where a folder
 * named {@code _}, or a {@code _} part of a group such as {@code _.example.com}, is a wildcard; and
 * {@code health_test.yaml} files beside the scripts ({@code tests: [{healthStatus: {status,
 * message}, inputPath}]}, input paths relative to the test file).
 */
public final class CustomizationsDirectory {
  public static final String SCRIPT_FILE = "health.lua";
  public static final String TEST_FILE = "health_test.yaml";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Path root;

  /** The directory at {@code root}, as the user named it (messages keep that spelling). */
  public CustomizationsDirectory(Path root) {
    this.root = root;
  }

  /** Every health script under the directory, sorted by path. */
  public List<CustomHealthScript> scripts() throws HealthCustomizationException {
    List<CustomHealthScript> scripts = new ArrayList<>();
    for (Path file : find(SCRIPT_FILE)) {
      scripts.add(new CustomHealthScript(patternOf(file), read(file), file.toString()));
    }
    return scripts;
  }

  /** Every case of every {@code health_test.yaml}, each with the script beside its test file. */
  public List<HealthTestCase> testCases() throws HealthCustomizationException {
    List<HealthTestCase> cases = new ArrayList<>();
    for (Path testFile : find(TEST_FILE)) {
      Path scriptFile = testFile.resolveSibling(SCRIPT_FILE);
      if (!Files.isRegularFile(scriptFile)) {
        throw new HealthCustomizationException(
            testFile + ": no " + SCRIPT_FILE + " beside it to test");
      }
      String script = read(scriptFile);
      JsonNode tests = parseYaml(testFile).path("tests");
      if (!tests.isArray()) {
        throw new HealthCustomizationException(testFile + ": expected a list under \"tests\"");
      }
      int index = 0;
      for (JsonNode test : tests) {
        cases.add(testCase(testFile, index++, test, script));
      }
    }
    return cases;
  }

  private HealthTestCase testCase(Path testFile, int index, JsonNode test, String script)
      throws HealthCustomizationException {
    String where = testFile + ": tests[" + index + "]";
    String inputPath = test.path("inputPath").asText("");
    if (inputPath.isEmpty()) {
      throw new HealthCustomizationException(where + ": inputPath is missing");
    }
    String status = test.path("healthStatus").path("status").asText("");
    HealthStatus expected =
        HealthStatus.parse(status)
            .orElseThrow(
                () ->
                    new HealthCustomizationException(
                        where + ": healthStatus.status \"" + status + "\" is not a health status"));
    String message = test.path("healthStatus").path("message").asText("");
    JsonNode input = singleObject(testFile.resolveSibling(inputPath));
    return new HealthTestCase(
        where + " (" + inputPath + ")", script, input, new HealthResult(expected, message));
  }

  private GroupKindPattern patternOf(Path scriptFile) throws HealthCustomizationException {
    Path relative = root.relativize(scriptFile.getParent());
    return switch (relative.getNameCount()) {
      case 1 -> GroupKindPattern.fromDirectoryNames("", relative.getName(0).toString());
      case 2 ->
          GroupKindPattern.fromDirectoryNames(
              relative.getName(0).toString(), relative.getName(1).toString());
      default ->
          throw new HealthCustomizationException(
              scriptFile
                  + ": expected <group>/<Kind>/"
                  + SCRIPT_FILE
                  + " or <Kind>/"
                  + SCRIPT_FILE
                  + " directly under "
                  + root);
    };
  }

  private List<Path> find(String fileName) throws HealthCustomizationException {
    if (!Files.isDirectory(root)) {
      throw new HealthCustomizationException(root + ": not a directory");
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.getFileName().toString().equals(fileName) && Files.isRegularFile(f))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new HealthCustomizationException(root + ": cannot list files: " + e.getMessage(), e);
    }
  }

  private static JsonNode singleObject(Path file) throws HealthCustomizationException {
    try {
      List<ManifestDocument> documents = ManifestReader.read(file.toString(), read(file));
      if (documents.size() != 1) {
        throw new HealthCustomizationException(
            file + ": expected exactly one object, found " + documents.size());
      }
      return documents.get(0).object();
    } catch (ManifestParseException e) {
      throw new HealthCustomizationException(e.getMessage(), e);
    }
  }

  private static JsonNode parseYaml(Path file) throws HealthCustomizationException {
    try {
      JsonNode node = YAML.readTree(read(file));
      return node == null ? YAML.createObjectNode() : node;
    } catch (IOException e) {
      throw new HealthCustomizationException(file + ": invalid YAML: " + e.getMessage(), e);
    }
  }

  private static String read(Path file) throws HealthCustomizationException {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new HealthCustomizationException(file + ": cannot read: " + e.getMessage(), e);
    }
  }
}
