package io.mooring.server.secrets;

import java.util.List;
import java.util.Optional;

/**
 * The credential Secrets of the control namespace (the port the repository and cluster routes write
 * through). A write is visible to the next read. Implementations report a name already taken, or a
 * write against a stale resourceVersion, as {@code ApiException.conflict}.
 */
public interface SecretStore {
  /** The Secrets labelled {@code argocd.argoproj.io/secret-type: type}, ordered by name. */
  List<StoredSecret> list(String type);

  /** The Secret named {@code name}. */
  Optional<StoredSecret> get(String name);

  /** Creates {@code secret}. */
  StoredSecret create(StoredSecret secret);

  /** Replaces labels, annotations and data at the version {@code secret} was read at. */
  StoredSecret update(StoredSecret secret);

  /** Deletes the Secret named {@code name}. */
  void delete(String name);
}
