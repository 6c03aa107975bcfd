package io.mooring.server.catalog;

import io.mooring.model.AppProject;
import java.util.Optional;

/**
 * Writes AppProjects (the API's create, update, delete and role tokens). Implementations report a
 * name already taken or a write against a stale resourceVersion as {@code ApiException.conflict}.
 */
public interface ProjectWriter {
  /**
   * The project as stored now, read from the store itself rather than a cache: the starting point
   * of a read-modify-write such as adding a role token.
   */
  Optional<AppProject> current(String name);

  /** Creates {@code project} in the control namespace. */
  AppProject create(AppProject project);

  /** Replaces the project at the resourceVersion {@code project} was read at. */
  AppProject update(AppProject project);

  /** Deletes the project named {@code name}. */
  void delete(String name);
}
