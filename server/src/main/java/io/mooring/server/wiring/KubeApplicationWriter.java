package io.mooring.server.wiring;

import io.mooring.kube.apps.ApplicationClient;
import io.mooring.kube.apps.StaleObjectException;
import io.mooring.model.Application;
import io.mooring.server.catalog.ApplicationWriter;
import io.mooring.server.http.ApiException;
import java.util.Optional;

/** {@link ApplicationWriter} on the control cluster, through kube's {@link ApplicationClient}. */
final class KubeApplicationWriter implements ApplicationWriter {
  private final ApplicationClient client;

  KubeApplicationWriter(ApplicationClient client) {
    this.client = client;
  }

  @Override
  public Optional<Application> current(String name) {
    return client.get(name);
  }

  @Override
  public Application create(Application app) {
    app.metadata.namespace = client.namespace();
    try {
      return client.create(app);
    } catch (RuntimeException e) {
      if (client.get(app.metadata.name).isPresent()) {
        throw ApiException.conflict("application '" + app.metadata.name + "' already exists");
      }
      throw e;
    }
  }

  @Override
  public Application update(Application app) {
    try {
      return client.update(app);
    } catch (StaleObjectException e) {
      throw ApiException.conflict(e.getMessage() + ": read it again and retry");
    }
  }

  @Override
  public Application updateStatus(Application app) {
    try {
      return client.updateStatus(app);
    } catch (StaleObjectException e) {
      throw ApiException.conflict(e.getMessage() + ": read it again and retry");
    }
  }

  @Override
  public void delete(String name) {
    client.delete(name);
  }
}
