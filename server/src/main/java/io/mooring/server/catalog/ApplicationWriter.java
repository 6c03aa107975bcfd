package io.mooring.server.catalog;

import io.mooring.model.Application;
import java.util.Optional;

/**
 * Writes Applications (the API's create, update, operation requests and delete). Implementations
 * report a name already taken or a write against a stale resourceVersion as {@code
 * ApiException.conflict}.
 */
public interface ApplicationWriter {
  /**
   * The Application named {@code name} as stored now, read from the store itself rather than from a
   * cache that may lag behind: what a read-modify-write starts from.
   */
  Optional<Application> current(String name);

  /** Creates {@code app} in the control namespace. */
  Application create(Application app);

  /** Replaces metadata, spec and operation at the resourceVersion {@code app} was read at. */
  Application update(Application app);

  /** Replaces only the status, at the resourceVersion {@code app} was read at. */
  Application updateStatus(Application app);

  /** Deletes the Application named {@code name}; its finalizers decide what happens next. */
  void delete(String name);
}
