package io.mooring.server.wiring;

import io.mooring.kube.apps.StaleObjectException;
import io.mooring.kube.error.KubeError;
import io.mooring.kube.error.KubeException;
import io.mooring.kube.settings.ControlSecrets;
import io.mooring.kube.settings.ControlSecrets.SecretObject;
import io.mooring.server.http.ApiException;
import io.mooring.server.secrets.SecretStore;
import io.mooring.server.secrets.StoredSecret;
import java.util.List;
import java.util.Optional;

/** {@link SecretStore} on the control namespace, through kube's {@link ControlSecrets}. */
final class KubeSecretStore implements SecretStore {
  private final ControlSecrets secrets;

  KubeSecretStore(ControlSecrets secrets) {
    this.secrets = secrets;
  }

  @Override
  public List<StoredSecret> list(String type) {
    return secrets.list(type).stream().map(KubeSecretStore::stored).toList();
  }

  @Override
  public Optional<StoredSecret> get(String name) {
    return secrets.get(name).map(KubeSecretStore::stored);
  }

  @Override
  public StoredSecret create(StoredSecret secret) {
    try {
      return stored(secrets.create(object(secret)));
    } catch (KubeException e) {
      if (e.error() == KubeError.ALREADY_EXISTS) {
        throw ApiException.conflict("Secret '" + secret.name() + "' already exists");
      }
      throw e;
    }
  }

  @Override
  public StoredSecret update(StoredSecret secret) {
    try {
      return stored(secrets.update(object(secret)));
    } catch (StaleObjectException e) {
      throw ApiException.conflict(e.getMessage() + ": read it again and retry");
    }
  }

  @Override
  public void delete(String name) {
    secrets.delete(name);
  }

  private static SecretObject object(StoredSecret secret) {
    return new SecretObject(
        secret.name(),
        secret.labels(),
        secret.annotations(),
        secret.data(),
        secret.resourceVersion());
  }

  private static StoredSecret stored(SecretObject secret) {
    return new StoredSecret(
        secret.name(),
        secret.labels(),
        secret.annotations(),
        secret.data(),
        secret.resourceVersion());
  }
}
