package io.mooring.server.wiring;

import io.mooring.kube.apps.ApplicationClient;
import io.mooring.kube.apps.ApplicationInformer;
import io.mooring.model.Application;
import io.mooring.server.catalog.ApplicationCatalog;
import io.mooring.server.catalog.ApplicationEvent;
import io.mooring.server.catalog.ApplicationEventHub;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The server's Applications read from a watch of the control namespace: lists come from the
 * informer's cache converted once per change (shared, read-only objects), changes from the hub the
 * watch publishes to. An app the cache does not hold yet is looked up on the API server before it
 * counts as missing, so a client that creates an app and syncs it at once (a CI job) is not told it
 * does not exist while the watch catches up.
 */
public final class InformerApplicationCatalog implements ApplicationCatalog {
  private final ApplicationInformer informer;
  private final ApplicationClient client;
  private final ApplicationEventHub events;

  public InformerApplicationCatalog(
      ApplicationInformer informer, ApplicationClient client, ApplicationEventHub events) {
    this.informer = informer;
    this.client = client;
    this.events = events;
  }

  @Override
  public Optional<Application> get(String name) {
    return informer.get(name).or(() -> client.get(name));
  }

  @Override
  public List<Application> list() {
    return informer.listShared();
  }

  @Override
  public AutoCloseable subscribe(Consumer<ApplicationEvent> subscriber) {
    return events.subscribe(subscriber);
  }
}
