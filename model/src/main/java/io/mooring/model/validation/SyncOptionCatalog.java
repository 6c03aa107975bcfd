package io.mooring.model.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sync options Argo CD understands ({@code Key=Value}), with their allowed values. */
final class SyncOptionCatalog {
  private static final List<String> BOOLEAN = List.of("true", "false");
  private static final Map<String, List<String>> OPTIONS = new LinkedHashMap<>();

  static {
    OPTIONS.put("Validate", BOOLEAN);
    OPTIONS.put("CreateNamespace", BOOLEAN);
    OPTIONS.put("PrunePropagationPolicy", List.of("foreground", "background", "orphan"));
    OPTIONS.put("PruneLast", BOOLEAN);
    OPTIONS.put("RespectIgnoreDifferences", BOOLEAN);
    OPTIONS.put("ApplyOutOfSyncOnly", BOOLEAN);
    OPTIONS.put("SkipDryRunOnMissingResource", BOOLEAN);
    OPTIONS.put("Replace", BOOLEAN);
    OPTIONS.put("Force", BOOLEAN);
    OPTIONS.put("ServerSideApply", BOOLEAN);
    OPTIONS.put("ClientSideApplyMigration", BOOLEAN);
    OPTIONS.put("FailOnSharedResource", BOOLEAN);
    OPTIONS.put("Prune", List.of("false", "confirm"));
    OPTIONS.put("Delete", List.of("false", "confirm"));
  }

  private SyncOptionCatalog() {}

  /**
   * Null when {@code option} is a known {@code Key=Value}, else what is wrong and what is allowed.
   */
  static String errorFor(String option) {
    int equals = option.indexOf('=');
    if (equals < 0) {
      return "'" + option + "' is not of the form Key=Value; known keys: " + keys();
    }
    String key = option.substring(0, equals);
    String value = option.substring(equals + 1);
    List<String> allowed = OPTIONS.get(key);
    if (allowed == null) {
      return "unknown sync option '" + key + "'; known options: " + keys();
    }
    if (!allowed.contains(value)) {
      return "sync option " + key + " does not accept '" + value + "'; allowed: " + allowed;
    }
    return null;
  }

  private static String keys() {
    return String.join(", ", OPTIONS.keySet());
  }
}
