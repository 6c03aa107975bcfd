package io.mooring.engine.health.custom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mooring.engine.resource.ManifestDocument;
import io.mooring.engine.resource.ManifestParseException;
import io.mooring.engine.resource.ManifestReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads custom health scripts from a settings ConfigMap in Argo CD's format ({@code argocd-cm}):
 * keys {@code resource.customizations.health.<group>_<kind>} (or {@code .<kind>} for the core
 * group), and the older {@code resource.customizations} block, a YAML map keyed {@code group/Kind}
 * whose entries carry {@code health.lua}. As in Argo CD, the per-key form wins over the block when
 * both configure the same kind.
 */
public final class SettingsConfigMapReader {
  static final String HEALTH_KEY_PREFIX = "resource.customizations.health.";
  static final String LEGACY_BLOCK_KEY = "resource.customizations";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private SettingsConfigMapReader() {}

  /** The scripts in the ConfigMap(s) of {@code text}; {@code source} names the file in errors. */
  public static List<CustomHealthScript> read(String source, String text)
      throws HealthCustomizationException {
    List<ManifestDocument> documents;
    try {
      documents = ManifestReader.read(source, text);
    } catch (ManifestParseException e) {
      throw new HealthCustomizationException(e.getMessage(), e);
    }
    List<CustomHealthScript> scripts = new ArrayList<>();
    boolean sawConfigMap = false;
    for (ManifestDocument document : documents) {
      if (!"ConfigMap".equals(document.object().path("kind").asText())) {
        continue;
      }
      sawConfigMap = true;
      JsonNode data = document.object().path("data");
      String where =
          source + ": ConfigMap " + document.object().path("metadata").path("name").asText("");
      scripts.addAll(splitKeys(where, data));
      scripts.addAll(legacyBlock(where, data));
    }
    if (!sawConfigMap) {
      throw new HealthCustomizationException(source + ": no ConfigMap found");
    }
    return scripts;
  }

  private static List<CustomHealthScript> splitKeys(String where, JsonNode data)
      throws HealthCustomizationException {
    List<CustomHealthScript> scripts = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String key = entry.getKey();
      if (!key.startsWith(HEALTH_KEY_PREFIX) || entry.getValue().asText().isBlank()) {
        continue;
      }
      String groupKind = key.substring(HEALTH_KEY_PREFIX.length());
      String[] parts = groupKind.split("_", -1);
      if (groupKind.isEmpty() || parts.length > 2) {
        throw new HealthCustomizationException(
            where
                + ": data key \""
                + key
                + "\": expected resource.customizations.health."
                + "<group>_<kind> or resource.customizations.health.<kind>");
      }
      GroupKindPattern pattern =
          parts.length == 2
              ? new GroupKindPattern(parts[0], parts[1])
              : new GroupKindPattern("", parts[0]);
      scripts.add(
          new CustomHealthScript(pattern, entry.getValue().asText(), where + " key " + key));
    }
    return scripts;
  }

  private static List<CustomHealthScript> legacyBlock(String where, JsonNode data)
      throws HealthCustomizationException {
    JsonNode block = data.path(LEGACY_BLOCK_KEY);
    if (!block.isTextual()) {
      return List.of();
    }
    JsonNode overrides;
    try {
      overrides = YAML.readTree(block.asText());
    } catch (Exception e) {
      throw new HealthCustomizationException(
          where + ": data key \"" + LEGACY_BLOCK_KEY + "\" is not valid YAML: " + e.getMessage(),
          e);
    }
    List<CustomHealthScript> scripts = new ArrayList<>();
    if (overrides == null || !overrides.isObject()) {
      return scripts;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = overrides.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      JsonNode lua = entry.getValue().path("health.lua");
      if (lua.isTextual() && !lua.asText().isBlank()) {
        scripts.add(
            new CustomHealthScript(
                GroupKindPattern.parseKey(entry.getKey()),
                lua.asText(),
                where + " key " + LEGACY_BLOCK_KEY + " entry " + entry.getKey()));
      }
    }
    return scripts;
  }
}
