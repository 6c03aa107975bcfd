package io.mooring.controller.ports;

import io.mooring.model.Application;
import java.util.List;
import java.util.Optional;

/** Where Applications live (the Kubernetes API in production): read them, write them back. */
public interface ApplicationStore {
  /** The Application named {@code name} in the control namespace, if it exists. */
  Optional<Application> get(String name);

  /** Every Application in the control namespace. */
  List<Application> list();

  /**
   * Writes {@code app}'s status (and only its status) back.
   *
   * @throws StaleApplication when the Application changed since it was read
   */
  Application updateStatus(Application app) throws StaleApplication;

  /**
   * Writes {@code app} back (spec, operation, metadata such as finalizers).
   *
   * @throws StaleApplication when the Application changed since it was read
   */
  Application update(Application app) throws StaleApplication;

  /** The stored Application changed since it was read (optimistic concurrency); read it again. */
  final class StaleApplication extends Exception {
    private static final long serialVersionUID = 1L;

    public StaleApplication(String message) {
      super(message);
    }
  }
}
