package io.mooring.server.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.mooring.model.AppProject;
import io.mooring.model.ModelCodec;
import io.mooring.model.ModelDocument;
import io.mooring.model.ModelParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AppProjects of the control namespace, served from an informer cache (RBAC reads project roles on
 * every request).
 */
public final class KubeProjectCatalog implements ProjectCatalog, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KubeProjectCatalog.class);
  private static final ResourceDefinitionContext APP_PROJECTS =
      new ResourceDefinitionContext.Builder()
          .withGroup("argoproj.io")
          .withVersion("v1alpha1")
          .withKind("AppProject")
          .withPlural("appprojects")
          .withNamespaced(true)
          .build();
  private final SharedIndexInformer<GenericKubernetesResource> informer;

  public KubeProjectCatalog(KubernetesClient client, String namespace) {
    this.informer = client.genericKubernetesResources(APP_PROJECTS).inNamespace(namespace).inform();
  }

  @Override
  public Optional<AppProject> get(String name) {
    return list().stream().filter(p -> name.equals(p.metadata.name)).findFirst();
  }

  @Override
  public List<AppProject> list() {
    return informer.getStore().list().stream()
        .map(KubeProjectCatalog::bind)
        .filter(Objects::nonNull)
        .toList();
  }

  @Override
  public void close() {
    informer.close();
  }

  private static AppProject bind(GenericKubernetesResource resource) {
    String name = resource.getMetadata().getName();
    JsonNode tree = ModelCodec.jsonMapper().valueToTree(resource);
    try {
      return ModelCodec.bind(new ModelDocument("AppProject " + name, 0, tree), AppProject.class);
    } catch (ModelParseException e) {
      LOG.warn("AppProject {} cannot be read: {}", name, e.getMessage());
      return null;
    }
  }
}
