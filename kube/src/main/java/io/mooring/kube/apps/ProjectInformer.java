package io.mooring.kube.apps;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.mooring.model.AppProject;
import io.mooring.model.ModelCodec;
import io.mooring.model.ModelDocument;
import io.mooring.model.ModelParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running watch of the control namespace's AppProjects whose cache answers reads without API
 * calls (the API server reads project roles on every request). Unreadable projects are logged and
 * skipped.
 */
public final class ProjectInformer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ProjectInformer.class);
  private final SharedIndexInformer<GenericKubernetesResource> informer;
  private final String namespace;

  private ProjectInformer(
      SharedIndexInformer<GenericKubernetesResource> informer, String namespace) {
    this.informer = informer;
    this.namespace = namespace;
  }

  /** Starts watching the AppProjects of {@code namespace}; returns once the cache is filled. */
  public static ProjectInformer start(KubernetesClient client, String namespace) {
    return new ProjectInformer(
        client
            .genericKubernetesResources(ArgoResources.APP_PROJECTS)
            .inNamespace(namespace)
            .inform(),
        namespace);
  }

  /**
   * Starts watching the AppProjects of {@code namespace}, telling {@code onChange} the name of
   * every project added, changed or deleted (those present at start too, as they are listed; on
   * informer threads, so enqueue rather than work); returns once the cache is filled.
   */
  public static ProjectInformer start(
      KubernetesClient client, String namespace, Consumer<String> onChange) {
    return new ProjectInformer(
        client
            .genericKubernetesResources(ArgoResources.APP_PROJECTS)
            .inNamespace(namespace)
            .inform(
                new ResourceEventHandler<GenericKubernetesResource>() {
                  @Override
                  public void onAdd(GenericKubernetesResource project) {
                    onChange.accept(project.getMetadata().getName());
                  }

                  @Override
                  public void onUpdate(
                      GenericKubernetesResource old, GenericKubernetesResource project) {
                    onChange.accept(project.getMetadata().getName());
                  }

                  @Override
                  public void onDelete(GenericKubernetesResource project, boolean unknownFinal) {
                    onChange.accept(project.getMetadata().getName());
                  }
                }),
        namespace);
  }

  /** The cached project named {@code name}. */
  public Optional<AppProject> get(String name) {
    return Optional.ofNullable(informer.getStore().getByKey(namespace + "/" + name))
        .flatMap(ProjectInformer::bind);
  }

  /** Every cached project. */
  public List<AppProject> list() {
    return informer.getStore().list().stream()
        .map(ProjectInformer::bind)
        .flatMap(Optional::stream)
        .toList();
  }

  @Override
  public void close() {
    informer.close();
  }

  private static Optional<AppProject> bind(GenericKubernetesResource resource) {
    String name = resource.getMetadata().getName();
    JsonNode tree = ModelCodec.jsonMapper().valueToTree(resource);
    try {
      return Optional.of(
          ModelCodec.bind(new ModelDocument("AppProject " + name, 0, tree), AppProject.class));
    } catch (ModelParseException e) {
      LOG.warn("AppProject {} cannot be read: {}", name, e.getMessage());
      return Optional.empty();
    }
  }
}
