package io.mooring.controller.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.controller.ports.LiveState.LiveObject;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.model.AppProject;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrphanedResourcesTest {
  private static final Application WEB =
      ProjectFixtures.app("web", "shop", "https://git.example.com/web.git", "web");
  private static final ResourceKey MANAGED = new ResourceKey("", "ConfigMap", "web", "settings");
  private final List<LiveObject> namespace = new ArrayList<>();

  private static AppProject project(String orphanedResources) {
    return ModelCodec.readYaml(
        """
        metadata: {name: shop}
        spec:
          destinations: [{server: '*', namespace: '*'}]
        """
            + orphanedResources.indent(2),
        AppProject.class);
  }

  private static final AppProject MONITORING = project("orphanedResources: {}");

  private LiveObject live(String kind, String name, String uid, String owner, String trackedTo) {
    LiveObject object =
        new LiveObject(
            new ResourceKey(kind.equals("Deployment") ? "apps" : "", kind, "web", name),
            uid,
            owner == null ? List.of() : List.of(owner),
            Optional.ofNullable(trackedTo),
            null);
    namespace.add(object);
    return object;
  }

  private List<String> orphans(AppProject project) {
    return OrphanedResources.find(
            new OrphanedResources.Search(
                WEB,
                project,
                WEB.spec.destination,
                Set.of(MANAGED),
                namespace,
                app -> app.equals("web") || app.equals("blog")))
        .stream()
        .map(o -> o.key().kind() + "/" + o.key().name())
        .toList();
  }

  @Test
  void aProjectWithoutAnOrphanedResourcesBlockFindsNoOrphans() {
    live("ConfigMap", "stray", "u1", null, null);

    assertThat(orphans(project(""))).isEmpty();
    assertThat(OrphanedResources.warns(project(""))).isFalse();
  }

  @Test
  void anUntrackedObjectOfTheNamespaceIsAnOrphanAndTheManagedOneIsNot() {
    live("ConfigMap", "settings", "u0", null, "web");
    live("ConfigMap", "stray", "u1", null, null);

    assertThat(orphans(MONITORING)).containsExactly("ConfigMap/stray");
    assertThat(OrphanedResources.warns(MONITORING)).isTrue();
  }

  @Test
  void anOrphanedDeploymentCountsWithEverythingItOwns() {
    live("Deployment", "old", "d1", null, null);
    live("ReplicaSet", "old-5d8", "r1", "d1", null);
    live("Pod", "old-5d8-x1", "p1", "r1", null);

    assertThat(orphans(MONITORING))
        .containsExactlyInAnyOrder("Deployment/old", "ReplicaSet/old-5d8", "Pod/old-5d8-x1");
  }

  @Test
  void anOwnedObjectIsNeverAnOrphanOnItsOwn() {
    live("Pod", "web-5d8-x1", "p1", "r-of-a-managed-deployment", null);

    assertThat(orphans(MONITORING)).isEmpty();
  }

  @Test
  void theDefaultServiceAccountAndTheKubeRootCaConfigMapAreNeverOrphans() {
    live("ServiceAccount", "default", "s1", null, null);
    live("ConfigMap", "kube-root-ca.crt", "c1", null, null);

    assertThat(orphans(MONITORING)).isEmpty();
  }

  @Test
  void anObjectTrackedToAnotherExistingAppIsNotAnOrphanButOneOfAGoneAppIs() {
    live("ConfigMap", "blogs", "u1", null, "blog");
    live("ConfigMap", "ghosts", "u2", null, "deleted-app");

    assertThat(orphans(MONITORING)).containsExactly("ConfigMap/ghosts");
  }

  @Test
  void ignoreEntriesExcludeByGroupKindAndNameGlob() {
    live("ConfigMap", "cache-1", "u1", null, null);
    live("ConfigMap", "stray", "u2", null, null);
    live("Secret", "token", "u3", null, null);

    AppProject project =
        project(
            """
            orphanedResources:
              ignore:
                - {group: '', kind: ConfigMap, name: 'cache-*'}
                - {group: '', kind: Secret}
            """);

    assertThat(orphans(project)).containsExactly("ConfigMap/stray");
  }

  @Test
  void kindsTheProjectDoesNotPermitAreNotOrphans() {
    live("ConfigMap", "stray", "u1", null, null);
    live("Secret", "token", "u2", null, null);

    AppProject project =
        project(
            """
            orphanedResources: {warn: false}
            namespaceResourceBlacklist: [{group: '', kind: Secret}]
            """);

    assertThat(orphans(project)).containsExactly("ConfigMap/stray");
    assertThat(OrphanedResources.warns(project)).isFalse();
  }
}
