package io.mooring.server.settings;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.ModelCodec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The resource customizations of argocd-cm as Argo CD's Settings report them ({@code
 * resourceOverrides}, keyed {@code group/Kind}): from the {@code resource.customizations} YAML
 * block and from the split keys {@code resource.customizations.<field>.<group>_<Kind>} (the key
 * {@code all} meaning every kind). Pure.
 */
public final class ResourceOverrides {
  private static final String PREFIX = "resource.customizations";
  private static final Map<String, String> SPLIT_FIELDS =
      Map.of(
          "health", "healthLua",
          "useOpenLibs", "useOpenLibs",
          "actions", "actions",
          "ignoreDifferences", "ignoreDifferences",
          "ignoreResourceUpdates", "ignoreResourceUpdates",
          "knownTypeFields", "knownTypeFields");

  private ResourceOverrides() {}

  /**
   * The overrides of argocd-cm's data.
   *
   * @throws IllegalArgumentException naming the argocd-cm key whose YAML cannot be read
   */
  public static Map<String, Map<String, Object>> parse(Map<String, String> argocdCm) {
    Map<String, Map<String, Object>> overrides = new TreeMap<>();
    String block = argocdCm.get(PREFIX);
    if (block != null && !block.isBlank()) {
      JsonNode tree = yaml(PREFIX, block);
      tree.properties()
          .forEach(entry -> overrides.put(entry.getKey(), fromBlock(entry.getValue())));
    }
    for (Map.Entry<String, String> entry : new TreeMap<>(argocdCm).entrySet()) {
      String key = entry.getKey();
      if (!key.startsWith(PREFIX + ".")) {
        continue;
      }
      String rest = key.substring(PREFIX.length() + 1);
      int dot = rest.indexOf('.');
      String field = dot < 0 ? null : SPLIT_FIELDS.get(rest.substring(0, dot));
      if (field == null) {
        continue;
      }
      String groupKind = groupKind(rest.substring(dot + 1));
      Map<String, Object> override =
          overrides.computeIfAbsent(groupKind, k -> new LinkedHashMap<>());
      override.put(field, value(key, field, entry.getValue()));
    }
    return overrides;
  }

  private static Map<String, Object> fromBlock(JsonNode entry) {
    Map<String, Object> override = new LinkedHashMap<>();
    text(entry, "health.lua").ifPresent(v -> override.put("healthLua", v));
    if (entry.has("health.lua.useOpenLibs")) {
      override.put("useOpenLibs", entry.get("health.lua.useOpenLibs").asBoolean(false));
    }
    text(entry, "actions").ifPresent(v -> override.put("actions", v));
    text(entry, "ignoreDifferences").ifPresent(v -> override.put("ignoreDifferences", v));
    text(entry, "ignoreResourceUpdates").ifPresent(v -> override.put("ignoreResourceUpdates", v));
    if (entry.has("knownTypeFields")) {
      override.put("knownTypeFields", entry.get("knownTypeFields"));
    }
    return override;
  }

  private static java.util.Optional<String> text(JsonNode entry, String field) {
    JsonNode value = entry.get(field);
    if (value == null || value.isNull()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(value.isTextual() ? value.asText() : ModelCodec.toYaml(value));
  }

  private static Object value(String key, String field, String text) {
    return switch (field) {
      case "useOpenLibs" -> Boolean.parseBoolean(text.trim());
      case "knownTypeFields" -> yaml(key, text);
      default -> text;
    };
  }

  /**
   * {@code apps_Deployment} → {@code apps/Deployment}; {@code Service} stays; {@code all} → {@code
   * *}/{@code *}.
   */
  private static String groupKind(String suffix) {
    if (suffix.equals("all")) {
      return "*/*";
    }
    int underscore = suffix.indexOf('_');
    return underscore < 0
        ? suffix
        : suffix.substring(0, underscore) + "/" + suffix.substring(underscore + 1);
  }

  private static JsonNode yaml(String key, String text) {
    try {
      return ModelCodec.readYaml(text, JsonNode.class);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "argocd-cm " + key + ": not valid YAML: " + e.getMessage(), e);
    }
  }
}
