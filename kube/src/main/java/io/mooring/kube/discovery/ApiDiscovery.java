package io.mooring.kube.discovery;

import io.fabric8.kubernetes.api.model.APIGroup;
import io.fabric8.kubernetes.api.model.APIGroupList;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.mooring.kube.error.KubeErrors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the resource types a cluster serves: the core group and, for every other group, its
 * preferred version only. Subresources ({@code pods/log}) and types that cannot be both listed and
 * watched are skipped. A group whose discovery fails (an unavailable aggregated API) is logged and
 * skipped so one broken extension does not blind the whole cache.
 */
public final class ApiDiscovery {
  private static final Logger LOG = LoggerFactory.getLogger(ApiDiscovery.class);

  private final KubernetesClient client;

  public ApiDiscovery(KubernetesClient client) {
    this.client = client;
  }

  /** The watchable, top-level resource types of the cluster. */
  public List<ApiResourceType> discover() {
    List<ApiResourceType> types = new ArrayList<>(typesOf("", "v1"));
    APIGroupList groups;
    try {
      groups = client.getApiGroups();
    } catch (KubernetesClientException e) {
      throw KubeErrors.classify("discovery of API groups", e);
    }
    if (groups == null || groups.getGroups() == null) {
      return types;
    }
    for (APIGroup group : groups.getGroups()) {
      String version = preferredVersion(group);
      if (version != null) {
        types.addAll(typesOf(group.getName(), version));
      }
    }
    return types;
  }

  private static String preferredVersion(APIGroup group) {
    if (group.getPreferredVersion() != null) {
      return group.getPreferredVersion().getVersion();
    }
    return group.getVersions() == null || group.getVersions().isEmpty()
        ? null
        : group.getVersions().get(0).getVersion();
  }

  private List<ApiResourceType> typesOf(String group, String version) {
    String groupVersion = group.isEmpty() ? version : group + "/" + version;
    APIResourceList list;
    try {
      list = client.getApiResources(groupVersion);
    } catch (KubernetesClientException e) {
      if (group.isEmpty()) {
        throw KubeErrors.classify("discovery of the core API group", e);
      }
      LOG.warn("Skipping API group {}: discovery failed: {}", groupVersion, e.getMessage());
      return List.of();
    }
    List<ApiResourceType> types = new ArrayList<>();
    if (list == null || list.getResources() == null) {
      return types;
    }
    for (APIResource resource : list.getResources()) {
      if (resource.getName().contains("/")) {
        continue;
      }
      ApiResourceType type =
          new ApiResourceType(
              group,
              version,
              resource.getKind(),
              resource.getName(),
              Boolean.TRUE.equals(resource.getNamespaced()),
              resource.getVerbs() == null ? new HashSet<>() : new HashSet<>(resource.getVerbs()));
      if (type.isWatchable()) {
        types.add(type);
      }
    }
    return types;
  }
}
