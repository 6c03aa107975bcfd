package io.mooring.kube.apps;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.mooring.model.Application;
import java.util.List;
import java.util.Optional;

/** A running watch of Applications whose cache answers reads without API calls. */
public final class ApplicationInformer implements AutoCloseable {
  private final SharedIndexInformer<GenericKubernetesResource> informer;
  private final String namespace;

  ApplicationInformer(SharedIndexInformer<GenericKubernetesResource> informer, String namespace) {
    this.informer = informer;
    this.namespace = namespace;
  }

  /** The cached Application named {@code name}. */
  public Optional<Application> get(String name) {
    return Optional.ofNullable(informer.getStore().getByKey(namespace + "/" + name))
        .flatMap(ApplicationClient::toApplication);
  }

  /** Every cached Application. */
  public List<Application> list() {
    return informer.getStore().list().stream()
        .map(ApplicationClient::toApplication)
        .flatMap(Optional::stream)
        .toList();
  }

  @Override
  public void close() {
    informer.close();
  }
}
