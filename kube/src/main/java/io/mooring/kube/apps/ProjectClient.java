package io.mooring.kube.apps;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.mooring.kube.error.KubeErrors;
import io.mooring.model.AppProject;
import io.mooring.model.ModelCodec;
import io.mooring.model.ModelDocument;
import io.mooring.model.ModelParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes Argo CD AppProjects in the control namespace, and creates the {@code default}
 * project. Updates use optimistic concurrency: a write against a stale resourceVersion fails with
 * {@link StaleObjectException}; other API failures surface as classified {@code KubeException}s.
 */
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
    return Optional.ofNullable(projects().withName(name).get()).flatMap(ProjectClient::bind);
  }

  /** Every readable AppProject in the namespace (unreadable ones are logged and skipped). */
  public List<AppProject> list() {
    List<AppProject> result = new ArrayList<>();
    for (GenericKubernetesResource item : projects().list().getItems()) {
      bind(item).ifPresent(result::add);
    }
    return result;
  }

  /**
   * Creates {@code project} in the namespace; a name already taken fails with a {@code
   * KubeException} of kind {@code ALREADY_EXISTS}.
   */
  public AppProject create(AppProject project) {
    project.metadata.namespace = namespace;
    try {
      return bind(projects().resource(ApplicationClient.toResource(project)).create())
          .orElseThrow();
    } catch (KubernetesClientException e) {
      throw KubeErrors.classify("create AppProject " + project.metadata.name, e);
    }
  }

  /** Replaces the whole project at the resourceVersion it was read at. */
  public AppProject update(AppProject project) throws StaleObjectException {
    project.metadata.namespace = namespace;
    try {
      return bind(projects().resource(ApplicationClient.toResource(project)).update())
          .orElseThrow();
    } catch (KubernetesClientException e) {
      if (e.getCode() == 409) {
        throw new StaleObjectException(
            "AppProject " + project.metadata.name + " changed since it was read (HTTP 409)", e);
      }
      throw KubeErrors.classify("update AppProject " + project.metadata.name, e);
    }
  }

  /** Deletes the project named {@code name}; nothing happens when it does not exist. */
  public void delete(String name) {
    try {
      projects().withName(name).delete();
    } catch (KubernetesClientException e) {
      throw KubeErrors.classify("delete AppProject " + name, e);
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
      projects().resource(ApplicationClient.toResource(project)).create();
      LOG.info("created the default AppProject in {}", namespace);
    } catch (KubernetesClientException e) {
      if (e.getCode() != 409) {
        throw e;
      }
    }
  }

  private NonNamespaceOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      projects() {
    return client.genericKubernetesResources(ArgoResources.APP_PROJECTS).inNamespace(namespace);
  }

  private static Optional<AppProject> bind(GenericKubernetesResource resource) {
    String name = resource.getMetadata() == null ? "?" : resource.getMetadata().getName();
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
