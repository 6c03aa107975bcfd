package io.mooring.server.catalog;

import io.mooring.model.Application;
import java.util.List;
import java.util.Optional;

/**
 * Read access to Applications. The controller's {@code ApplicationStore} has the same two methods,
 * so it adapts with two method references.
 */
public interface ApplicationCatalog {
  /** The Application named {@code name}, if it exists. */
  Optional<Application> get(String name);

  /** Every Application. */
  List<Application> list();
}
