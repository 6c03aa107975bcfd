package io.mooring.kube.apps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.model.ModelDocument;
import io.mooring.model.ModelParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes Argo CD Applications in one namespace of the control cluster. Writes use
 * optimistic concurrency: a write against a stale resourceVersion fails with {@link
 * StaleObjectException}. Status writes replace only {@code status}, so they never undo a user's
 * concurrent change to the spec.
 */
public final class ApplicationClient {
  private static final Logger LOG = LoggerFactory.getLogger(ApplicationClient.class);
  private final KubernetesClient client;
  private final String namespace;

  public ApplicationClient(KubernetesClient client, String namespace) {
    this.client = client;
    this.namespace = namespace;
  }

  /** The namespace Applications are read from. */
  public String namespace() {
    return namespace;
  }

  /** The Application named {@code name}, if it exists and can be read. */
  public Optional<Application> get(String name) {
    GenericKubernetesResource resource = applications().withName(name).get();
    return Optional.ofNullable(resource).flatMap(ApplicationClient::toApplication);
  }

  /** Every readable Application in the namespace (unreadable ones are logged and skipped). */
  public List<Application> list() {
    List<Application> apps = new ArrayList<>();
    for (GenericKubernetesResource item : applications().list().getItems()) {
      toApplication(item).ifPresent(apps::add);
    }
    return apps;
  }

  /** Creates {@code app}. */
  public Application create(Application app) {
    return toApplication(applications().resource(toResource(app)).create()).orElseThrow();
  }

  /**
   * Replaces the whole object (spec, operation, metadata) at the resourceVersion it was read at.
   */
  public Application update(Application app) throws StaleObjectException {
    try {
      return toApplication(applications().resource(toResource(app)).update()).orElseThrow();
    } catch (KubernetesClientException e) {
      throw staleOr(e, app);
    }
  }

  /** Replaces only {@code status}, provided the object is still at the resourceVersion read. */
  public Application updateStatus(Application app) throws StaleObjectException {
    ArrayNode patch = JsonNodeFactory.instance.arrayNode();
    if (app.metadata.resourceVersion != null) {
      patch
          .addObject()
          .put("op", "test")
          .put("path", "/metadata/resourceVersion")
          .put("value", app.metadata.resourceVersion);
    }
    patch
        .addObject()
        .put("op", "add")
        .put("path", "/status")
        .set("value", ModelCodec.toTree(app.status));
    try {
      GenericKubernetesResource patched =
          applications()
              .withName(app.metadata.name)
              .patch(PatchContext.of(PatchType.JSON), patch.toString());
      return toApplication(patched).orElseThrow();
    } catch (KubernetesClientException e) {
      throw staleOr(e, app);
    }
  }

  /** Deletes the Application (its finalizers decide what happens to its resources). */
  public void delete(String name) {
    applications().withName(name).delete();
  }

  /**
   * Starts watching the namespace's Applications: {@code onChange} is called with every Application
   * added, changed or deleted (its last state), including those present at start. The returned
   * informer also answers reads from its cache. Close it to stop.
   */
  public ApplicationInformer watch(Consumer<Application> onChange) {
    return watch((change, app) -> onChange.accept(app));
  }

  /**
   * Starts watching the namespace's Applications, telling {@code listener} how each changed (those
   * present at start arrive as added). The returned informer also answers reads from its cache.
   */
  public ApplicationInformer watch(ApplicationChangeListener listener) {
    SharedIndexInformer<GenericKubernetesResource> informer =
        applications()
            .inform(
                new ResourceEventHandler<GenericKubernetesResource>() {
                  @Override
                  public void onAdd(GenericKubernetesResource obj) {
                    toApplication(obj)
                        .ifPresent(
                            app -> listener.changed(ApplicationChangeListener.Change.ADDED, app));
                  }

                  @Override
                  public void onUpdate(
                      GenericKubernetesResource old, GenericKubernetesResource now) {
                    toApplication(now)
                        .ifPresent(
                            app ->
                                listener.changed(ApplicationChangeListener.Change.MODIFIED, app));
                  }

                  @Override
                  public void onDelete(GenericKubernetesResource obj, boolean unknownFinalState) {
                    toApplication(obj)
                        .ifPresent(
                            app -> listener.changed(ApplicationChangeListener.Change.DELETED, app));
                  }
                });
    return new ApplicationInformer(informer, namespace);
  }

  private NonNamespaceOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      applications() {
    return client.genericKubernetesResources(ArgoResources.APPLICATIONS).inNamespace(namespace);
  }

  private StaleObjectException staleOr(KubernetesClientException e, Application app) {
    if (e.getCode() == 409 || e.getCode() == 422) {
      return new StaleObjectException(
          "Application "
              + app.metadata.name
              + " changed since it was read (HTTP "
              + e.getCode()
              + ")",
          e);
    }
    throw e;
  }

  static GenericKubernetesResource toResource(Object model) {
    return ModelCodec.jsonMapper()
        .convertValue(ModelCodec.toTree(model), GenericKubernetesResource.class);
  }

  static Optional<Application> toApplication(GenericKubernetesResource resource) {
    JsonNode tree = ModelCodec.jsonMapper().valueToTree(resource);
    String name = resource.getMetadata() == null ? "?" : resource.getMetadata().getName();
    try {
      return Optional.of(
          ModelCodec.bind(new ModelDocument("Application " + name, 0, tree), Application.class));
    } catch (ModelParseException e) {
      LOG.warn("Application {} cannot be read: {}: {}", name, e.path(), e.getMessage());
      return Optional.empty();
    }
  }
}
