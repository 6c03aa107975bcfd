package io.mooring.server.secrets;

import io.mooring.server.http.ApiException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Credential Secrets held in memory (tests, servers without a cluster), versioned as the API. */
public final class InMemorySecretStore implements SecretStore {
  private final Map<String, StoredSecret> secrets = new ConcurrentHashMap<>();
  private final AtomicLong versions = new AtomicLong(100);

  @Override
  public List<StoredSecret> list(String type) {
    return secrets.values().stream()
        .filter(s -> s.type().equals(type))
        .sorted(Comparator.comparing(StoredSecret::name))
        .toList();
  }

  @Override
  public Optional<StoredSecret> get(String name) {
    return Optional.ofNullable(secrets.get(name));
  }

  @Override
  public synchronized StoredSecret create(StoredSecret secret) {
    if (secrets.containsKey(secret.name())) {
      throw ApiException.conflict("Secret '" + secret.name() + "' already exists");
    }
    return store(secret);
  }

  @Override
  public synchronized StoredSecret update(StoredSecret secret) {
    StoredSecret current = secrets.get(secret.name());
    if (current == null || !current.resourceVersion().equals(secret.resourceVersion())) {
      throw ApiException.conflict(
          "Secret '" + secret.name() + "' changed since it was read: read it again and retry");
    }
    return store(secret);
  }

  @Override
  public void delete(String name) {
    secrets.remove(name);
  }

  private StoredSecret store(StoredSecret secret) {
    StoredSecret stored =
        new StoredSecret(
            secret.name(),
            secret.labels(),
            secret.annotations(),
            secret.data(),
            Long.toString(versions.incrementAndGet()));
    secrets.put(stored.name(), stored);
    return stored;
  }
}
