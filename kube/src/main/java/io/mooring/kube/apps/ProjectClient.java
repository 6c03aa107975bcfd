package io.mooring.kube.apps;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.mooring.model.AppProject;
import io.mooring.model.ModelCodec;
import io.mooring.model.ModelDocument;
import io.mooring.model.ModelParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads Argo CD AppProjects in the control namespace, and creates the {@code default} project. */
public final class ProjectClient {
  private static final Logger LOG = LoggerFactory.getLogger(ProjectClient.class);
  private final KubernetesClient client;
  private final String namespace;

  public ProjectClient(KubernetesClient client, String namespace) {
    this.client = client;
    this.namespace = namespace;
  }

  /** The AppProject named {@code name}, if it exists and can be read. */
  public Optional<AppProject> get(String name) {
    GenericKubernetesResource resource =
        client
            .genericKubernetesResources(ArgoResources.APP_PROJECTS)
            .inNamespace(namespace)
            .withName(name)
            .get();
    if (resource == null) {
      return Optional.empty();
    }
    JsonNode tree = ModelCodec.jsonMapper().valueToTree(resource);
    try {
      return Optional.of(
          ModelCodec.bind(new ModelDocument("AppProject " + name, 0, tree), AppProject.class));
    } catch (ModelParseException e) {
      LOG.warn("AppProject {} cannot be read: {}", name, e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Creates the {@code default} project when missing, permitting every source, destination and
   * resource kind — as Argo CD does, so existing Applications work out of the box.
   */
  public void ensureDefaultProject() {
    if (get("default").isPresent()) {
      return;
    }
    AppProject project =
        ModelCodec.readYaml(
            """
            apiVersion: argoproj.io/v1alpha1
            kind: AppProject
            metadata:
              name: default
              namespace: %s
            spec:
              sourceRepos: ['*']
              destinations: [{server: '*', namespace: '*'}]
              clusterResourceWhitelist: [{group: '*', kind: '*'}]
            """
                .formatted(namespace),
            AppProject.class);
    try {
      client
          .genericKubernetesResources(ArgoResources.APP_PROJECTS)
          .inNamespace(namespace)
          .resource(ApplicationClient.toResource(project))
          .create();
      LOG.info("created the default AppProject in {}", namespace);
    } catch (KubernetesClientException e) {
      if (e.getCode() != 409) {
        throw e;
      }
    }
  }
}
