package io.mooring.kube.settings;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The settings ConfigMaps and Secrets of the control namespace ({@code argocd-cm}, {@code
 * argocd-secret}, …) by name: each is watched by its own informer (so reads on every request cost
 * no API call). Secret values are read and written decoded; a missing object reads as empty. The
 * server's own Secret writes are read back from memory until the informer has caught up with them,
 * so a password change is visible to the very next login.
 */
public final class SettingsObjects implements AutoCloseable {
  private final KubernetesClient client;
  private final String namespace;
  private final Map<String, SharedIndexInformer<ConfigMap>> configMaps = new ConcurrentHashMap<>();
  private final Map<String, SharedIndexInformer<Secret>> secrets = new ConcurrentHashMap<>();
  private final Map<String, Optional<Secret>> ownWrites = new ConcurrentHashMap<>();

  public SettingsObjects(KubernetesClient client, String namespace) {
    this.client = client;
    this.namespace = namespace;
  }

  /** The data of the ConfigMap {@code name}; empty when it does not exist. */
  public Map<String, String> configMap(String name) {
    ConfigMap map = cached(configMapInformer(name), name);
    return map == null || map.getData() == null ? Map.of() : Map.copyOf(map.getData());
  }

  /** The decoded data of the Secret {@code name}; empty when it does not exist. */
  public Map<String, String> secret(String name) {
    return decode(currentSecret(name));
  }

  /**
   * Applies {@code changes} to the Secret {@code name}, creating it when missing. A key mapped to
   * {@code null} is removed; other keys are left as they are.
   */
  public synchronized void updateSecret(String name, Map<String, String> changes) {
    Secret current = client.secrets().inNamespace(namespace).withName(name).get();
    Map<String, String> data = new LinkedHashMap<>(decode(current));
    changes.forEach(
        (key, value) -> {
          if (value == null) {
            data.remove(key);
          } else {
            data.put(key, value);
          }
        });
    Secret written;
    if (current == null) {
      Secret created =
          new SecretBuilder()
              .withNewMetadata()
              .withName(name)
              .withNamespace(namespace)
              .addToLabels("app.kubernetes.io/part-of", "argocd")
              .endMetadata()
              .withType("Opaque")
              .withData(encode(data))
              .build();
      written = client.secrets().inNamespace(namespace).resource(created).create();
    } else {
      current.setData(encode(data));
      current.setStringData(null);
      written = client.secrets().inNamespace(namespace).resource(current).update();
    }
    ownWrites.put(name, Optional.of(written));
  }

  /** Deletes the Secret {@code name}; nothing happens when it does not exist. */
  public synchronized void deleteSecret(String name) {
    client.secrets().inNamespace(namespace).withName(name).delete();
    ownWrites.put(name, Optional.empty());
  }

  @Override
  public void close() {
    configMaps.values().forEach(SharedIndexInformer::close);
    secrets.values().forEach(SharedIndexInformer::close);
  }

  private Secret currentSecret(String name) {
    Secret cached = cached(secretInformer(name), name);
    Optional<Secret> written = ownWrites.get(name);
    if (written == null) {
      return cached;
    }
    if (caughtUp(cached, written)) {
      ownWrites.remove(name, written);
      return cached;
    }
    return written.orElse(null);
  }

  private static boolean caughtUp(Secret cached, Optional<Secret> written) {
    if (written.isEmpty()) {
      return cached == null;
    }
    if (cached == null) {
      return false;
    }
    String seen = cached.getMetadata().getResourceVersion();
    String ours = written.get().getMetadata().getResourceVersion();
    try {
      return Long.parseLong(seen) >= Long.parseLong(ours);
    } catch (NumberFormatException e) {
      return seen.equals(ours);
    }
  }

  private SharedIndexInformer<ConfigMap> configMapInformer(String name) {
    return configMaps.computeIfAbsent(
        name, n -> client.configMaps().inNamespace(namespace).withName(n).inform());
  }

  private SharedIndexInformer<Secret> secretInformer(String name) {
    return secrets.computeIfAbsent(
        name, n -> client.secrets().inNamespace(namespace).withName(n).inform());
  }

  private <T extends HasMetadata> T cached(SharedIndexInformer<T> informer, String name) {
    return informer.getStore().getByKey(namespace + "/" + name);
  }

  private static Map<String, String> decode(Secret secret) {
    if (secret == null || secret.getData() == null) {
      return Map.of();
    }
    Map<String, String> decoded = new HashMap<>();
    secret
        .getData()
        .forEach(
            (key, value) ->
                decoded.put(
                    key, new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8)));
    return Map.copyOf(decoded);
  }

  private static Map<String, String> encode(Map<String, String> data) {
    Map<String, String> encoded = new LinkedHashMap<>();
    data.forEach(
        (key, value) ->
            encoded.put(
                key, Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))));
    return encoded;
  }
}
