package io.mooring.server.settings;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link SettingsStore} held in memory: for tests and for a server without a cluster. */
public final class InMemorySettingsStore implements SettingsStore {
  private final Map<String, Map<String, String>> configMaps = new ConcurrentHashMap<>();
  private final Map<String, Map<String, String>> secrets = new ConcurrentHashMap<>();

  @Override
  public Map<String, String> configMap(String name) {
    return Map.copyOf(configMaps.getOrDefault(name, Map.of()));
  }

  @Override
  public Map<String, String> secret(String name) {
    return Map.copyOf(secrets.getOrDefault(name, Map.of()));
  }

  /** Replaces the data of the ConfigMap {@code name}. */
  public void putConfigMap(String name, Map<String, String> data) {
    configMaps.put(name, Map.copyOf(data));
  }

  @Override
  public synchronized void updateSecret(String name, Map<String, String> changes) {
    Map<String, String> data = new HashMap<>(secrets.getOrDefault(name, Map.of()));
    changes.forEach(
        (key, value) -> {
          if (value == null) {
            data.remove(key);
          } else {
            data.put(key, value);
          }
        });
    secrets.put(name, Map.copyOf(data));
  }

  @Override
  public void deleteSecret(String name) {
    secrets.remove(name);
  }

  /** Whether the Secret {@code name} exists. */
  public boolean hasSecret(String name) {
    return secrets.containsKey(name);
  }
}
