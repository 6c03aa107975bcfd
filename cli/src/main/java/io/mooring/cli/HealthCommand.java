package io.mooring.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.health.HealthAssessor;
import io.mooring.engine.health.HealthResult;
import io.mooring.engine.health.custom.CustomHealthChecks;
import io.mooring.engine.health.custom.CustomHealthScript;
import io.mooring.engine.health.custom.CustomizationsDirectory;
import io.mooring.engine.health.custom.HealthCustomizationException;
import io.mooring.engine.health.custom.SettingsConfigMapReader;
import io.mooring.engine.health.lua.LuaHealthEvaluator;
import io.mooring.engine.resource.ManifestDocument;
import io.mooring.engine.resource.ManifestParseException;
import io.mooring.engine.resource.ManifestReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mooring admin health}: prints the health of every object in the given files. */
@Command(
    name = "health",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the health of every object in the given YAML or JSON files, as Argo CD would judge"
          + " it: built-in checks, plus Lua checks from a customizations directory and/or an"
          + " argocd-cm style ConfigMap. Custom checks win over built-in ones; an exact group/kind"
          + " beats a wildcard; for the same pattern the ConfigMap beats the directory.",
      "Text output: FILE: apiVersion Kind namespace/name: STATUS: message."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file was read (whatever the health of its objects)",
      "1:a file could not be read or parsed, or the custom checks could not be loaded",
      "2:usage error (no FILE given, unknown option)"
    })
public final class HealthCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Manifest files to assess.")
  List<String> files = List.of();

  @Option(
      names = "--resource-customizations",
      paramLabel = "DIR",
      description = "Directory of <group>/<Kind>/health.lua scripts (`_` folders are wildcards).")
  Path customizations;

  @Option(
      names = "--settings",
      paramLabel = "CONFIGMAP.yaml",
      description =
          "Argo CD settings ConfigMap with resource.customizations.health.<group>_<kind> keys"
              + " or the older resource.customizations block.")
  Path settings;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description = "Output format: text (default) or json (one JSON object per object).")
  OutputFormat output = OutputFormat.text;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (files.isEmpty()) {
      err.println("error: no FILE given (usage: mooring admin health [OPTIONS] FILE...)");
      return ExitCodes.USAGE;
    }
    if (output == OutputFormat.yaml) {
      err.println("error: -o yaml is not offered by health; use text or json");
      return ExitCodes.USAGE;
    }
    HealthAssessor assessor;
    try {
      assessor = new HealthAssessor(customChecks());
    } catch (HealthCustomizationException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
    int unreadable = 0;
    for (String file : files) {
      Optional<List<ManifestDocument>> documents = read(file, err);
      if (documents.isEmpty()) {
        unreadable++;
        continue;
      }
      for (ManifestDocument document : documents.get()) {
        Optional<HealthResult> health = assessor.assess(document.object());
        out.println(
            output == OutputFormat.json
                ? json(file, document.object(), health)
                : text(file, document.object(), health));
      }
    }
    out.flush();
    return unreadable == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  private CustomHealthChecks customChecks() throws HealthCustomizationException {
    List<CustomHealthScript> scripts = new ArrayList<>();
    if (settings != null) {
      scripts.addAll(SettingsConfigMapReader.read(settings.toString(), readSettings()));
    }
    if (customizations != null) {
      scripts.addAll(new CustomizationsDirectory(customizations).scripts());
    }
    return new CustomHealthChecks(scripts, LuaHealthEvaluator.withDefaultLimits());
  }

  private String readSettings() throws HealthCustomizationException {
    try {
      return Files.readString(settings, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new HealthCustomizationException(settings + ": cannot read: " + describe(e), e);
    }
  }

  private static Optional<List<ManifestDocument>> read(String file, PrintWriter err) {
    try {
      String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
      return Optional.of(ManifestReader.read(file, text));
    } catch (IOException e) {
      err.println("error: " + file + ": cannot read: " + describe(e));
    } catch (ManifestParseException e) {
      err.println("error: " + e.getMessage());
    }
    return Optional.empty();
  }

  private static String describe(IOException e) {
    return e instanceof java.nio.file.NoSuchFileException
        ? "no such file"
        : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static String text(String file, JsonNode object, Optional<HealthResult> health) {
    JsonNode metadata = object.path("metadata");
    String namespace = metadata.path("namespace").asText("");
    String name = (namespace.isEmpty() ? "" : namespace + "/") + metadata.path("name").asText("");
    String verdict =
        health
            .map(h -> h.status() + (h.message().isEmpty() ? "" : ": " + h.message()))
            .orElse("no health check");
    return file
        + ": "
        + object.path("apiVersion").asText("")
        + " "
        + object.path("kind").asText("")
        + " "
        + name
        + ": "
        + verdict;
  }

  private static String json(String file, JsonNode object, Optional<HealthResult> health) {
    JsonNode metadata = object.path("metadata");
    ObjectNode line = JsonNodeFactory.instance.objectNode();
    line.put("file", file);
    line.put("apiVersion", object.path("apiVersion").asText(""));
    line.put("kind", object.path("kind").asText(""));
    line.put("namespace", metadata.path("namespace").asText(""));
    line.put("name", metadata.path("name").asText(""));
    line.put("status", health.map(h -> h.status().name()).orElse(null));
    line.put("message", health.map(HealthResult::message).orElse(null));
    return line.toString();
  }
}
