package io.mooring.server.catalog;

import io.mooring.model.Application;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Read access to Applications, and to their changes as they happen. */
public interface ApplicationCatalog {
  /** The Application named {@code name}, if it exists. */
  Optional<Application> get(String name);

  /**
   * Every Application. The objects may be shared with other readers (a catalog need not copy
   * thousands of apps per call): read them, never modify them.
   */
  List<Application> list();

  /**
   * Starts telling {@code subscriber} of every later change (the API's watch streams); close the
   * handle to stop. A catalog whose Applications never change has nothing to tell, which is what
   * this default says.
   */
  default AutoCloseable subscribe(Consumer<ApplicationEvent> subscriber) {
    return () -> {};
  }
}
