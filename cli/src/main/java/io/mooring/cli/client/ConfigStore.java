package io.mooring.cli.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Reads and writes the contexts file: YAML, mode 0600 in a directory created 0700. Its location is
 * {@code $MOORING_CONFIG}, else {@code ~/.config/mooring/config}.
 */
public final class ConfigStore {
  private static final String ENV_VARIABLE = "MOORING_CONFIG";
  private final Path file;

  public ConfigStore(Path file) {
    this.file = file;
  }

  /** The file named by {@code MOORING_CONFIG} in {@code env}, else the default under the home. */
  public static Path defaultLocation(Map<String, String> env) {
    String configured = env.get(ENV_VARIABLE);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("user.home"), ".config", "mooring", "config");
  }

  /** The file this store reads and writes. */
  public Path file() {
    return file;
  }

  /** The saved config, or an empty one when the file does not exist yet. */
  public CliConfig load() throws IOException {
    if (!Files.exists(file)) {
      return CliConfig.empty();
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return CliConfig.empty();
    }
    try {
      return mapper().readValue(text, CliConfig.class);
    } catch (JsonProcessingException e) {
      throw new IOException(
          file + ": not a mooring config file (" + e.getOriginalMessage() + ")", e);
    }
  }

  /** Writes {@code config} atomically with owner-only permissions. */
  public void save(CliConfig config) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    if (!Files.exists(directory)) {
      Files.createDirectories(directory, ownerOnly("rwx------"));
    }
    Path temporary = Files.createTempFile(directory, ".config", ".tmp", ownerOnly("rw-------"));
    try {
      Files.writeString(temporary, mapper().writeValueAsString(config), StandardCharsets.UTF_8);
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static java.nio.file.attribute.FileAttribute<?>[] ownerOnly(String permissions) {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return new java.nio.file.attribute.FileAttribute<?>[0];
    }
    return new java.nio.file.attribute.FileAttribute<?>[] {
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
    };
  }

  private static YAMLMapper mapper() {
    YAMLMapper mapper =
        new YAMLMapper(
            YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .build());
    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    return mapper;
  }
}
