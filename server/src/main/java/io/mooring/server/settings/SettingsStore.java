package io.mooring.server.settings;

import java.util.Map;

/**
 * Where the server's settings live: Argo CD's ConfigMaps and Secrets in the control namespace
 * ({@code argocd-cm}, {@code argocd-rbac-cm}, {@code argocd-secret}, …). Secret values are returned
 * decoded; a missing object reads as an empty map.
 */
public interface SettingsStore {
  /** The data of the ConfigMap {@code name}; empty when it does not exist. */
  Map<String, String> configMap(String name);

  /** The decoded data of the Secret {@code name}; empty when it does not exist. */
  Map<String, String> secret(String name);

  /**
   * Applies {@code changes} to the Secret {@code name}, creating it when missing. A key mapped to
   * {@code null} is removed; other keys are left as they are.
   */
  void updateSecret(String name, Map<String, String> changes);

  /** Deletes the Secret {@code name}; nothing happens when it does not exist. */
  void deleteSecret(String name);
}
