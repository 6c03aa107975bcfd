package io.mooring.controller.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.engine.resource.ResourceKey;
import io.mooring.model.AppProject;
import io.mooring.model.ApplicationDestination;
import io.mooring.model.ModelCodec;
import org.junit.jupiter.api.Test;

class ResourcePermitsTest {
  private static final ResourceKey CLUSTER_ROLE =
      new ResourceKey("rbac.authorization.k8s.io", "ClusterRole", "", "reader");
  private static final ResourceKey NAMESPACE = new ResourceKey("", "Namespace", "", "team-a");
  private static final ResourceKey DEPLOYMENT =
      new ResourceKey("apps", "Deployment", "shop", "web");
  private static final ResourceKey CONFIG_MAP =
      new ResourceKey("", "ConfigMap", "shop", "settings");
  private static final ResourceKey QUOTA = new ResourceKey("", "ResourceQuota", "shop", "limits");

  private static AppProject project(String spec) {
    return ModelCodec.readYaml(
        "metadata: {name: team}\nspec:\n  destinations: [{server: '*', namespace: 'shop'}]\n"
            + spec.indent(2),
        AppProject.class);
  }

  private static ApplicationDestination inCluster() {
    ApplicationDestination destination = new ApplicationDestination();
    destination.server = "https://kubernetes.default.svc";
    destination.namespace = "shop";
    return destination;
  }

  private static boolean permits(AppProject project, ResourceKey key, boolean namespaced) {
    return ResourcePermits.denial(project, inCluster(), key, namespaced).isEmpty();
  }

  @Test
  void aClusterScopedResourceIsRefusedWithoutAClusterWhitelistNamingGroupKindNameAndProject() {
    assertThat(ResourcePermits.denial(project(""), inCluster(), CLUSTER_ROLE, false))
        .hasValue(
            "resource rbac.authorization.k8s.io:ClusterRole reader is not permitted in project"
                + " 'team'");
  }

  @Test
  void anEmptyClusterWhitelistPermitsNoClusterScopedResource() {
    assertThat(permits(project("clusterResourceWhitelist: []"), NAMESPACE, false)).isFalse();
  }

  @Test
  void aWildcardClusterWhitelistPermitsEveryClusterScopedKind() {
    AppProject project = project("clusterResourceWhitelist: [{group: '*', kind: '*'}]");

    assertThat(permits(project, CLUSTER_ROLE, false)).isTrue();
    assertThat(permits(project, NAMESPACE, false)).isTrue();
  }

  @Test
  void aClusterWhitelistOfTheCoreGroupNeedsTheEmptyGroup() {
    AppProject project = project("clusterResourceWhitelist: [{group: '', kind: Namespace}]");

    assertThat(permits(project, NAMESPACE, false)).isTrue();
    assertThat(permits(project, CLUSTER_ROLE, false)).isFalse();
  }

  @Test
  void aClusterWhitelistEntryWithANameGlobPermitsOnlyMatchingNames() {
    AppProject project =
        project("clusterResourceWhitelist: [{group: '', kind: Namespace, name: 'team-*'}]");

    assertThat(permits(project, NAMESPACE, false)).isTrue();
    assertThat(permits(project, new ResourceKey("", "Namespace", "", "kube-public"), false))
        .isFalse();
  }

  @Test
  void theClusterBlacklistWinsOverTheWhitelist() {
    AppProject project =
        project(
            """
            clusterResourceWhitelist: [{group: '*', kind: '*'}]
            clusterResourceBlacklist: [{group: '', kind: Namespace, name: 'kube-*'}]
            """);

    assertThat(permits(project, new ResourceKey("", "Namespace", "", "kube-system"), false))
        .isFalse();
    assertThat(permits(project, NAMESPACE, false)).isTrue();
  }

  @Test
  void everyNamespacedKindIsPermittedWhenTheNamespaceWhitelistIsAbsent() {
    AppProject project = project("");

    assertThat(permits(project, DEPLOYMENT, true)).isTrue();
    assertThat(permits(project, CONFIG_MAP, true)).isTrue();
  }

  @Test
  void anExplicitlyEmptyNamespaceWhitelistPermitsNoNamespacedKind() {
    assertThat(permits(project("namespaceResourceWhitelist: []"), CONFIG_MAP, true)).isFalse();
  }

  @Test
  void aNamespaceWhitelistPermitsOnlyTheKindsItsGlobsMatch() {
    AppProject project = project("namespaceResourceWhitelist: [{group: 'apps', kind: 'Deploy*'}]");

    assertThat(permits(project, DEPLOYMENT, true)).isTrue();
    assertThat(ResourcePermits.denial(project, inCluster(), CONFIG_MAP, true))
        .hasValue("resource :ConfigMap settings is not permitted in project 'team'");
  }

  @Test
  void theNamespaceBlacklistWinsOverTheWhitelist() {
    AppProject project =
        project(
            """
            namespaceResourceWhitelist: [{group: '*', kind: '*'}]
            namespaceResourceBlacklist: [{group: '', kind: ResourceQuota}]
            """);

    assertThat(permits(project, QUOTA, true)).isFalse();
    assertThat(permits(project, CONFIG_MAP, true)).isTrue();
  }

  @Test
  void aNamespacedResourceInANamespaceTheProjectDoesNotListIsRefusedNamingTheNamespace() {
    ResourceKey elsewhere = new ResourceKey("", "ConfigMap", "kube-system", "settings");

    assertThat(ResourcePermits.denial(project(""), inCluster(), elsewhere, true))
        .hasValue(
            "namespace kube-system of resource :ConfigMap settings is not permitted in project"
                + " 'team' (spec.destinations)");
  }
}
