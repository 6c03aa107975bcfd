package io.mooring.server.catalog;

import io.mooring.model.AppProject;
import java.util.List;
import java.util.Optional;

/** Read access to AppProjects (their roles feed RBAC; the API lists and shows them). */
public interface ProjectCatalog {
  /** The project named {@code name}, if it exists. */
  Optional<AppProject> get(String name);

  /** Every project. */
  List<AppProject> list();
}
