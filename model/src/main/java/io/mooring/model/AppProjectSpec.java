package io.mooring.model;

import java.util.List;

/** The rules of a project. */
public class AppProjectSpec extends Extensible {
  public List<String> sourceRepos;
  public List<ApplicationDestination> destinations;
  public String description;
  public List<ProjectRole> roles;
  public List<ResourceKind> clusterResourceWhitelist;
  public List<ResourceKind> clusterResourceBlacklist;
  public List<ResourceKind> namespaceResourceWhitelist;
  public List<ResourceKind> namespaceResourceBlacklist;
  public OrphanedResourcesMonitor orphanedResources;
  public List<SyncWindow> syncWindows;
  public List<String> sourceNamespaces;
  public Boolean permitOnlyProjectScopedClusters;
}
