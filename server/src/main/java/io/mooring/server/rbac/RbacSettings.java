package io.mooring.server.rbac;

import io.mooring.server.settings.SettingsNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * argocd-rbac-cm: {@code policy.csv} (plus any {@code policy.<name>.csv} overlays, in key order),
 * {@code policy.default} (the role everyone has, "" for none), and {@code scopes} (which token
 * claims hold the caller's groups; {@code [groups]} by default).
 */
public record RbacSettings(String policyCsv, String defaultRole, List<String> scopes) {
  public RbacSettings {
    scopes = List.copyOf(scopes);
  }

  /** The settings read from argocd-rbac-cm's data. */
  public static RbacSettings from(Map<String, String> configMap) {
    StringBuilder csv = new StringBuilder(configMap.getOrDefault("policy.csv", ""));
    configMap.keySet().stream()
        .filter(
            key -> key.startsWith("policy.") && key.endsWith(".csv") && !key.equals("policy.csv"))
        .sorted()
        .forEach(key -> csv.append('\n').append(configMap.get(key)));
    return new RbacSettings(
        csv.toString(),
        configMap.getOrDefault("policy.default", "").trim(),
        parseScopes(configMap.get("scopes")));
  }

  /** Read from the settings store. */
  public static RbacSettings from(io.mooring.server.settings.SettingsStore store) {
    return from(store.configMap(SettingsNames.ARGOCD_RBAC_CM));
  }

  private static List<String> parseScopes(String text) {
    if (text == null || text.isBlank()) {
      return List.of("groups");
    }
    List<String> scopes = new ArrayList<>();
    for (String part : text.replace("[", "").replace("]", "").split(",")) {
      String scope = part.trim().replace("'", "").replace("\"", "");
      if (!scope.isEmpty()) {
        scopes.add(scope);
      }
    }
    return scopes;
  }
}
