package io.mooring.source.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import io.mooring.source.SourceFiles;
import io.mooring.source.git.RepoPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Renders a kustomization with {@code kustomize build} (a {@code kustomize} binary on PATH, else
 * {@code kubectl kustomize}). Only the kustomization's directory and the local bases it refers to
 * are copied out of the commit, into a private workspace; the Application's overrides are applied
 * to that copy, never to the user's files.
 */
public final class KustomizeRenderer implements Renderer {
  /** File names kustomize accepts, in its order of preference. */
  public static final List<String> KUSTOMIZATION_FILES =
      List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final List<String> REFERENCE_FIELDS =
      List.of("resources", "bases", "components", "crds", "patchesStrategicMerge");

  private final List<String> command;

  private KustomizeRenderer(List<String> command) {
    this.command = command;
  }

  /**
   * Uses {@code kustomize build} if a kustomize binary is on PATH, else {@code kubectl kustomize}.
   */
  public static KustomizeRenderer onPath() {
    return onExecutable(
        Executables.find("kustomize", System.getenv("PATH")).isPresent() ? "kustomize" : "kubectl");
  }

  /** Uses the given executable: a name ending in {@code kubectl} runs {@code kubectl kustomize}. */
  public static KustomizeRenderer onExecutable(String executable) {
    return new KustomizeRenderer(
        executable.endsWith("kubectl")
            ? List.of(executable, "kustomize")
            : List.of(executable, "build"));
  }

  @Override
  public RenderOutput render(RenderInput input) throws SourceException {
    SourceFiles tree = input.files();
    String kustomizationFile =
        findKustomization(tree, input.path())
            .orElseThrow(
                () ->
                    new SourceException(
                        Reason.PATH_NOT_FOUND, "no kustomization.yaml in the app path"));
    try (Workspace workspace = Workspace.create()) {
      Path repoCopy = workspace.directory("repo");
      copyWithBases(tree, input.path(), repoCopy, input.limits(), new HashSet<>());
      if (!KustomizeOverrides.isEmpty(input.source().kustomize)) {
        applyOverrides(input, repoCopy.resolve(kustomizationFile));
      }
      List<String> invocation = new ArrayList<>(command);
      invocation.add(repoCopy.resolve(input.path()).toString());
      ToolRunner runner =
          new ToolRunner(input.limits().toolTimeout(), input.limits().maxTotalBytes());
      String output =
          runner.run(
              new ToolRunner.Invocation(invocation, repoCopy, input.environment().variables()));
      return RenderOutput.of(
          ManifestParsing.parse("kustomize build " + displayPath(input.path()), output));
    } catch (SourceException e) {
      throw Workspace.withoutWorkspacePaths(e);
    }
  }

  private static String displayPath(String path) {
    return path.isEmpty() ? "." : path;
  }

  private static Optional<String> findKustomization(SourceFiles tree, String directory)
      throws SourceException {
    for (String name : KUSTOMIZATION_FILES) {
      String candidate = RepoPaths.join(directory, name);
      if (tree.isFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Copies {@code directory} and, transitively, every local base or resource it names. */
  private static void copyWithBases(
      SourceFiles tree, String directory, Path repoCopy, RenderLimits limits, Set<String> copied)
      throws SourceException {
    if (!copied.add(directory)) {
      return;
    }
    boolean alreadyInside =
        copied.stream().anyMatch(d -> !d.equals(directory) && RepoPaths.isWithin(directory, d));
    if (!alreadyInside) {
      tree.materialize(directory, repoCopy, limits.maxTotalBytes());
    }
    Optional<String> file = findKustomization(tree, directory);
    if (file.isEmpty()) {
      return;
    }
    JsonNode kustomization = readYaml(tree, file.get(), limits);
    for (String reference : localReferences(kustomization)) {
      String target = RepoPaths.resolve(directory, reference);
      if (RepoPaths.isWithin(target, directory)) {
        continue;
      }
      if (tree.isDirectory(target)) {
        copyWithBases(tree, target, repoCopy, limits, copied);
      } else if (tree.exists(target)) {
        copyFile(tree, target, repoCopy, limits);
      }
    }
  }

  private static void copyFile(SourceFiles tree, String path, Path repoCopy, RenderLimits limits)
      throws SourceException {
    Path destination = repoCopy.resolve(path);
    try {
      Files.createDirectories(destination.getParent());
      Files.write(destination, tree.read(path, limits.maxFileBytes()));
    } catch (IOException e) {
      throw new SourceException(Reason.IO, "could not copy " + path + ": " + e.getMessage(), e);
    }
  }

  private static List<String> localReferences(JsonNode kustomization) {
    List<String> references = new ArrayList<>();
    for (String field : REFERENCE_FIELDS) {
      for (JsonNode item : kustomization.path(field)) {
        if (item.isTextual() && isLocal(item.asText())) {
          references.add(item.asText());
        }
      }
    }
    for (JsonNode patch : kustomization.path("patches")) {
      if (patch.path("path").isTextual()) {
        references.add(patch.path("path").asText());
      }
    }
    return references;
  }

  private static boolean isLocal(String reference) {
    return !reference.contains("://")
        && !reference.startsWith("github.com/")
        && !reference.startsWith("git@")
        && !reference.contains("?ref=");
  }

  private static JsonNode readYaml(SourceFiles tree, String path, RenderLimits limits)
      throws SourceException {
    try {
      JsonNode node =
          YAML.readTree(new String(tree.read(path, limits.maxFileBytes()), StandardCharsets.UTF_8));
      return node == null ? YAML.createObjectNode() : node;
    } catch (IOException e) {
      throw new SourceException(
          Reason.INVALID_MANIFEST, path + ": invalid kustomization: " + e.getMessage(), e);
    }
  }

  private static void applyOverrides(RenderInput input, Path kustomizationCopy)
      throws SourceException {
    try {
      JsonNode parsed = YAML.readTree(kustomizationCopy.toFile());
      ObjectNode kustomization =
          parsed instanceof ObjectNode object ? object : YAML.createObjectNode();
      KustomizeOverrides.apply(input.source().kustomize, kustomization);
      YAML.writeValue(kustomizationCopy.toFile(), kustomization);
    } catch (IOException e) {
      throw new SourceException(
          Reason.INVALID_MANIFEST, "could not apply kustomize overrides: " + e.getMessage(), e);
    }
  }
}
