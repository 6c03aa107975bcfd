package io.mooring.kube.apply;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.engine.resource.GroupKind;
import io.mooring.engine.resource.KubeObjects;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.kube.discovery.ApiResourceCatalog;
import io.mooring.kube.discovery.ApiResourceType;
import io.mooring.kube.discovery.ResourceContexts;
import io.mooring.kube.error.KubeError;
import io.mooring.kube.error.KubeException;

/** Finds the {@link ResourceHandle} of a manifest or key using the cluster's discovered types. */
final class ResourceHandles {
  private final KubernetesClient client;
  private final ApiResourceCatalog catalog;

  ResourceHandles(KubernetesClient client, ApiResourceCatalog catalog) {
    this.client = client;
    this.catalog = catalog;
  }

  /** The handle of a manifest, in the version its apiVersion names. */
  ResourceHandle of(JsonNode manifest) {
    ResourceKey key = ResourceKey.of(manifest);
    if (key.kind().isEmpty() || manifest.path("apiVersion").asText("").isEmpty()) {
      throw new KubeException(
          KubeError.INVALID, "manifest " + key + " has no apiVersion or kind: cannot apply it");
    }
    ApiResourceType discovered = require(key.groupKind());
    ApiResourceType type =
        new ApiResourceType(
            discovered.group(),
            KubeObjects.version(manifest),
            discovered.kind(),
            discovered.plural(),
            discovered.namespaced(),
            discovered.verbs());
    return handle(type, key);
  }

  /** The handle of a key, in the cluster's preferred version. */
  ResourceHandle of(ResourceKey key) {
    return handle(require(key.groupKind()), key);
  }

  private ResourceHandle handle(ApiResourceType type, ResourceKey key) {
    if (type.namespaced() && key.namespace().isEmpty()) {
      throw new KubeException(
          KubeError.INVALID,
          key + ": " + type.kind() + " is namespaced but the object has no metadata.namespace");
    }
    String namespace = type.namespaced() ? key.namespace() : "";
    return new ResourceHandle(
        type, namespace, key.name(), client.genericKubernetesResources(ResourceContexts.of(type)));
  }

  private ApiResourceType require(GroupKind groupKind) {
    return catalog
        .find(groupKind)
        .orElseThrow(
            () ->
                new KubeException(
                    KubeError.UNKNOWN_TYPE,
                    "the cluster does not serve " + groupKind + " (is its CRD installed?)"));
  }
}
