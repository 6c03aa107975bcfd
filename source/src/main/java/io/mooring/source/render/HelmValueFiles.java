package io.mooring.source.render;

import io.mooring.engine.resource.ManifestParseException;
import io.mooring.engine.resource.ManifestReader;
import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import io.mooring.source.SourceFiles;
import io.mooring.source.git.RepoPaths;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a Helm value file named in an Application: relative to the chart path in the same
 * repository, or {@code $ref/path} in the repository of the source whose {@code ref} is {@code
 * ref}. Paths that leave the repository, absolute paths and remote URLs are refused.
 */
final class HelmValueFiles {
  private HelmValueFiles() {}

  /** The file's content, or empty when it is missing and {@code ignoreMissing} is set. */
  static Optional<byte[]> read(RenderInput input, String valueFile, MissingFiles missing)
      throws SourceException {
    String name = input.environment().expand(valueFile.trim());
    if (name.contains("://")) {
      throw new SourceException(
          Reason.PATH_OUTSIDE_REPO,
          "value file " + name + " is refused: only files inside a repository are allowed");
    }
    SourceFiles tree = input.files();
    String path;
    if (name.startsWith("$")) {
      int slash = name.indexOf('/');
      String ref = slash < 0 ? name.substring(1) : name.substring(1, slash);
      tree = refTree(input.refTrees(), ref, name);
      path = RepoPaths.normalize(slash < 0 ? "" : name.substring(slash + 1));
    } else {
      path = RepoPaths.resolve(input.path(), name);
    }
    if (!tree.exists(path)) {
      if (missing == MissingFiles.IGNORE) {
        return Optional.empty();
      }
      throw new SourceException(Reason.PATH_NOT_FOUND, "value file " + name + " not found");
    }
    byte[] content = tree.read(path, input.limits().maxFileBytes());
    checkYaml(name, content);
    return Optional.of(content);
  }

  /** What to do about a value file that does not exist. */
  enum MissingFiles {
    FAIL,
    IGNORE
  }

  /** Parses the values once, so alias bombs and syntax errors fail here with the file's name. */
  static void checkYaml(String name, byte[] content) throws SourceException {
    String text = new String(content, StandardCharsets.UTF_8);
    YamlAliasGuard.check("value file " + name, text);
    try {
      ManifestReader.read(name, text);
    } catch (ManifestParseException e) {
      throw new SourceException(Reason.INVALID_MANIFEST, "value file " + e.getMessage(), e);
    }
  }

  private static SourceFiles refTree(Map<String, SourceFiles> refTrees, String ref, String file)
      throws SourceException {
    SourceFiles tree = refTrees.get(ref);
    if (tree == null) {
      throw new SourceException(
          Reason.INVALID_SOURCE,
          "value file " + file + " refers to source '$" + ref + "', but no source has ref: " + ref);
    }
    return tree;
  }
}
