package io.mooring.controller.adapters;

import io.mooring.controller.ports.ApplicationStore;
import io.mooring.kube.apps.ApplicationClient;
import io.mooring.kube.apps.ApplicationInformer;
import io.mooring.kube.apps.StaleObjectException;
import io.mooring.model.Application;
import java.util.List;
import java.util.Optional;

/**
 * Applications stored as Kubernetes custom resources in the control namespace, read from a watch.
 */
public final class KubeApplicationStore implements ApplicationStore {
  private final ApplicationClient client;
  private final ApplicationInformer cache;

  /** Reads come from {@code cache} (no API calls); writes go through {@code client}. */
  public KubeApplicationStore(ApplicationClient client, ApplicationInformer cache) {
    this.client = client;
    this.cache = cache;
  }

  @Override
  public Optional<Application> get(String name) {
    return cache.get(name);
  }

  @Override
  public List<Application> list() {
    return cache.list();
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
