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
  private final ConvertedApplications converted = new ConvertedApplications();

  ApplicationInformer(SharedIndexInformer<GenericKubernetesResource> informer, String namespace) {
    this.informer = informer;
    this.namespace = namespace;
  }

  /** The cached Application named {@code name}. */
  public Optional<Application> get(String name) {
    return Optional.ofNullable(informer.getStore().getByKey(namespace + "/" + name))
        .flatMap(ApplicationClient::toApplication);
  }

  /** Every cached Application, freshly converted: the caller may modify them. */
  public List<Application> list() {
    return informer.getStore().list().stream()
        .map(ApplicationClient::toApplication)
        .flatMap(Optional::stream)
        .toList();
  }

  /**
   * Every cached Application, each converted to the model only when it changed since the previous
   * call. The objects are shared with every other caller of this method: read them, never modify
   * them (use {@link #list()} for objects of your own).
   */
  public List<Application> listShared() {
    return converted.of(informer.getStore().list());
  }

  @Override
  public void close() {
    informer.close();
  }
}
