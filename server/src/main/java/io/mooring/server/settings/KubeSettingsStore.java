package io.mooring.server.settings;

import io.mooring.kube.settings.SettingsObjects;
import java.util.Map;

/** The {@link SettingsStore} of a cluster: the control namespace's objects, read via informers. */
public final class KubeSettingsStore implements SettingsStore, AutoCloseable {
  private final SettingsObjects objects;

  public KubeSettingsStore(SettingsObjects objects) {
    this.objects = objects;
  }

  @Override
  public Map<String, String> configMap(String name) {
    return objects.configMap(name);
  }

  @Override
  public Map<String, String> secret(String name) {
    return objects.secret(name);
  }

  @Override
  public void updateSecret(String name, Map<String, String> changes) {
    objects.updateSecret(name, changes);
  }

  @Override
  public void deleteSecret(String name) {
    objects.deleteSecret(name);
  }

  @Override
  public void close() {
    objects.close();
  }
}
