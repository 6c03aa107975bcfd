package io.mooring.controller.adapters;

import io.mooring.controller.ports.ApplicationStore;
import io.mooring.kube.apps.ApplicationClient;
import io.mooring.kube.apps.StaleObjectException;
import io.mooring.model.Application;
import java.util.List;
import java.util.Optional;

/** Applications stored as Kubernetes custom resources in the control namespace. */
public final class KubeApplicationStore implements ApplicationStore {
  private final ApplicationClient client;

  public KubeApplicationStore(ApplicationClient client) {
    this.client = client;
  }

  @Override
  public Optional<Application> get(String name) {
    return client.get(name);
  }

  @Override
  public List<Application> list() {
    return client.list();
  }

  @Override
  public Application updateStatus(Application app) throws StaleApplication {
    try {
      return client.updateStatus(app);
    } catch (StaleObjectException e) {
      throw new StaleApplication(e.getMessage());
    }
  }

  @Override
  public Application update(Application app) throws StaleApplication {
    try {
      return client.update(app);
    } catch (StaleObjectException e) {
      throw new StaleApplication(e.getMessage());
    }
  }
}
